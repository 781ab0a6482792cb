import type { CreateResidentBody } from '@jobcircle/domain';
import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useCreateResident } from '../api/create-resident.ts';
import { ResidentForm } from '../components/ResidentForm.tsx';
import {
  newResidentValues,
  RESIDENT_FIELD_LABELS,
  type ResidentFormValues,
  residentFormToFields,
} from '../components/resident-form-values.ts';

export default function ResidentCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResidentFormValues>();
  const create = useCreateResident();
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onSubmit = (values: ResidentFormValues) => {
    setLeftovers([]);
    const body: CreateResidentBody = {
      ...residentFormToFields(values),
      idNumber: values.idNumber ?? '',
      employmentStatus: values.employmentStatus ?? 'unknown',
      hasDisability: values.hasDisability ?? false,
    };
    create.mutate(body, {
      onSuccess: (resident) => {
        void message.success(`已登记：${resident.name}`);
        void navigate(`/residents/${resident.id}`, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED', 'RESIDENT_ID_NUMBER_TAKEN', 'REGION_OUT_OF_SCOPE')) {
          setLeftovers(applyFieldErrors(form, error, RESIDENT_FIELD_LABELS));
        }
      },
    });
  };

  return (
    <PageContainer title="登记人员" description="登记入劳动力资源库。身份证号和手机号加密保存，列表中脱敏显示。">
      <ResidentForm
        form={form}
        mode="create"
        initialValues={newResidentValues(me.regionLevel === 'village' ? me.regionCode : undefined)}
        onSubmit={onSubmit}
        submitting={create.isPending}
        banner={<FormBanner error={create.error} leftovers={leftovers} />}
        actions={<Button onClick={() => void navigate('/residents')}>取消</Button>}
      />
    </PageContainer>
  );
}

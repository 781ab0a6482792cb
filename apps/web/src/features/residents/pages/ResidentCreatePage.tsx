import type { CreateResidentBody } from '@jobcircle/domain';
import { App, Button, Form } from 'antd';
import { useNavigate } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useMe } from '../../../lib/auth.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
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
  const create = useServerForm({
    form,
    mutation: useCreateResident(),
    labels: RESIDENT_FIELD_LABELS,
    fieldErrorCodes: ['RESIDENT_ID_NUMBER_TAKEN', 'REGION_OUT_OF_SCOPE'],
  });

  const onSubmit = (values: ResidentFormValues) => {
    const body: CreateResidentBody = {
      ...residentFormToFields(values),
      idNumber: values.idNumber ?? '',
      employmentStatus: values.employmentStatus ?? 'unknown',
      hasDisability: values.hasDisability ?? false,
    };
    create.submit(body, (resident) => {
      void message.success(`已登记：${resident.name}`);
      void navigate(`/residents/${resident.id}`, { replace: true });
    });
  };

  return (
    <PageContainer
      title="登记人员"
      breadcrumb={[{ title: '劳动力资源' }, listCrumb('人员名册', '/residents')]}
      description="登记入劳动力资源库。身份证号和手机号加密保存，列表中脱敏显示。"
    >
      <ResidentForm
        form={form}
        mode="create"
        initialValues={newResidentValues(me.regionLevel === 'village' ? me.regionCode : undefined)}
        onSubmit={onSubmit}
        submitting={create.submitting}
        banner={<FormBanner {...create.banner} />}
        actions={<Button onClick={() => void navigate('/residents')}>取消</Button>}
      />
    </PageContainer>
  );
}

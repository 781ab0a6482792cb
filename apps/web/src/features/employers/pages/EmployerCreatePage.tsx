import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useCreateEmployer } from '../api/create-employer.ts';
import { EmployerForm } from '../components/EmployerForm.tsx';
import {
  EMPLOYER_FIELD_LABELS,
  type EmployerFormValues,
  employerFormToBody,
  newEmployerValues,
} from '../components/employer-form-values.ts';

export default function EmployerCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EmployerFormValues>();
  const create = useCreateEmployer();
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onSubmit = (values: EmployerFormValues) => {
    setLeftovers([]);
    create.mutate(employerFormToBody(values), {
      onSuccess: (employer) => {
        void message.success(`已登记用人单位：${employer.name}`);
        void navigate(`/employers/${employer.id}`, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED', 'EMPLOYER_CREDIT_CODE_TAKEN')) {
          setLeftovers(applyFieldErrors(form, error, EMPLOYER_FIELD_LABELS));
        }
      },
    });
  };

  return (
    <PageContainer title="新增用人单位">
      <EmployerForm
        form={form}
        mode="create"
        initialValues={newEmployerValues(me.regionLevel === 'town' ? me.regionCode : undefined)}
        onSubmit={onSubmit}
        submitting={create.isPending}
        banner={<FormBanner error={create.error} leftovers={leftovers} />}
        actions={<Button onClick={() => void navigate('/employers')}>取消</Button>}
      />
    </PageContainer>
  );
}

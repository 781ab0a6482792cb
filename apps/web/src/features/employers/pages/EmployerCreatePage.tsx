import { App, Button, Form } from 'antd';
import { useNavigate } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useMe } from '../../../lib/auth.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
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
  const create = useServerForm({
    form,
    mutation: useCreateEmployer(),
    labels: EMPLOYER_FIELD_LABELS,
    fieldErrorCodes: ['EMPLOYER_CREDIT_CODE_TAKEN'],
  });

  const onSubmit = (values: EmployerFormValues) => {
    create.submit(employerFormToBody(values), (employer) => {
      void message.success(`已登记用人单位：${employer.name}`);
      void navigate(`/employers/${employer.id}`, { replace: true });
    });
  };

  return (
    <PageContainer title="新增用人单位" breadcrumb={[listCrumb('用人单位', '/employers')]}>
      <EmployerForm
        form={form}
        mode="create"
        initialValues={newEmployerValues(me.regionLevel === 'town' ? me.regionCode : undefined)}
        onSubmit={onSubmit}
        submitting={create.submitting}
        banner={<FormBanner {...create.banner} />}
        actions={<Button onClick={() => void navigate('/employers')}>取消</Button>}
      />
    </PageContainer>
  );
}

import type { Employer } from '@jobcircle/domain';
import { App, Button, Form } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { isApiError } from '../../../lib/api.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useVersionedEdit } from '../../../lib/versioned-edit.ts';
import { useEmployer } from '../api/get-employer.ts';
import { useUpdateEmployer } from '../api/update-employer.ts';
import { EmployerForm } from '../components/EmployerForm.tsx';
import {
  EMPLOYER_FIELD_LABELS,
  type EmployerFormValues,
  employerFormToBody,
  employerToFormValues,
} from '../components/employer-form-values.ts';

/** Keyed by version: a reload after a conflict starts the form afresh from the record. */
function EditEmployer({ employer, onReload }: { employer: Employer; onReload: () => void }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EmployerFormValues>();
  const detailPath = `/employers/${employer.id}`;
  const edit = useVersionedEdit({
    form,
    initialValues: employerToFormValues(employer),
    version: employer.version,
    toBody: employerFormToBody,
    mutation: useUpdateEmployer(employer.id),
    labels: EMPLOYER_FIELD_LABELS,
    fieldErrorCodes: ['EMPLOYER_CREDIT_CODE_TAKEN'],
    onSaved: () => {
      void message.success('已保存');
      void navigate(detailPath);
    },
    onReload,
  });

  return (
    <EmployerForm
      form={form}
      mode="edit"
      initialValues={employerToFormValues(employer)}
      onSubmit={edit.onSubmit}
      submitting={edit.submitting}
      banner={<FormBanner {...edit.banner} />}
      actions={<Button onClick={() => void navigate(detailPath)}>取消</Button>}
    />
  );
}

export default function EmployerEditPage() {
  const { id = '' } = useParams();
  const employer = useEmployer(id);

  if (employer.isPending) return <PageLoading />;
  if (employer.isError) {
    if (isApiError(employer.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={employer.error} onRetry={() => void employer.refetch()} />;
  }
  return (
    <PageContainer
      title={`编辑：${employer.data.name}`}
      breadcrumb={[listCrumb('用人单位', '/employers'), { title: employer.data.name, to: `/employers/${employer.data.id}` }]}
    >
      <EditEmployer key={employer.data.version} employer={employer.data} onReload={() => void employer.refetch()} />
    </PageContainer>
  );
}

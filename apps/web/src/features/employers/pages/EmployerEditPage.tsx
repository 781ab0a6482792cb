import type { Employer } from '@jobcircle/domain';
import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useEmployer } from '../api/get-employer.ts';
import { useUpdateEmployer } from '../api/update-employer.ts';
import {
  EMPLOYER_FIELD_LABELS,
  EmployerForm,
  type EmployerFormValues,
  employerToFormValues,
  formValuesToBody,
} from '../components/EmployerForm.tsx';

/** Keyed by version: a reload after a conflict starts the form afresh from the record. */
function EditEmployer({ employer, onReload }: { employer: Employer; onReload: () => void }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EmployerFormValues>();
  const update = useUpdateEmployer(employer.id);
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const detailPath = `/employers/${employer.id}`;

  const onSubmit = (values: EmployerFormValues) => {
    setLeftovers([]);
    const before = formValuesToBody(employerToFormValues(employer));
    const after = formValuesToBody(values);
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changes[key] = after[key];
    }
    if (Object.keys(changes).length === 0) {
      void message.info('没有需要保存的修改');
      return;
    }
    // mutateAsync: a save changes the version, which remounts this form; the promise still settles.
    update.mutateAsync({ ...changes, version: employer.version }).then(
      () => {
        void message.success('已保存');
        void navigate(detailPath);
      },
      (error: unknown) => {
        if (isApiError(error, 'VALIDATION_FAILED', 'EMPLOYER_CREDIT_CODE_TAKEN')) {
          setLeftovers(applyFieldErrors(form, error, EMPLOYER_FIELD_LABELS));
        }
      },
    );
  };

  return (
    <EmployerForm
      form={form}
      mode="edit"
      initialValues={employerToFormValues(employer)}
      onSubmit={onSubmit}
      submitting={update.isPending}
      banner={
        <FormBanner
          error={update.error}
          leftovers={leftovers}
          onReload={() => {
            update.reset();
            onReload();
          }}
        />
      }
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
    <PageContainer title={`编辑：${employer.data.name}`}>
      <EditEmployer key={employer.data.version} employer={employer.data} onReload={() => void employer.refetch()} />
    </PageContainer>
  );
}

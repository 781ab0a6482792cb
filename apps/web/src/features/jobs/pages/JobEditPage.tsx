import type { Job } from '@jobcircle/domain';
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
import { useJob } from '../api/get-job.ts';
import { useUpdateJob } from '../api/update-job.ts';
import { JobForm } from '../components/JobForm.tsx';
import { JOB_FIELD_ALIASES, JOB_FIELD_LABELS, type JobFormValues, jobFormToBody, jobToFormValues } from '../components/job-form-values.ts';

/** Keyed by version: a reload after a conflict starts the form afresh from the record. */
function EditJob({ job, onReload }: { job: Job; onReload: () => void }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<JobFormValues>();
  const detailPath = `/jobs/${job.id}`;
  const initialValues = jobToFormValues(job);
  const edit = useVersionedEdit({
    form,
    initialValues,
    version: job.version,
    toBody: jobFormToBody,
    // The employer stays; a draft is published from the job page, not from the form.
    ignore: ['employerId', 'publish'],
    mutation: useUpdateJob(job.id),
    labels: JOB_FIELD_LABELS,
    fieldAliases: JOB_FIELD_ALIASES,
    fieldErrorCodes: ['JOB_WORDING_REFUSED'],
    onSaved: () => {
      void message.success('已保存');
      void navigate(detailPath);
    },
    onReload,
  });

  return (
    <JobForm
      form={form}
      mode="edit"
      initialValues={initialValues}
      contactPhoneMasked={job.contactPhoneMasked}
      onSubmit={edit.onSubmit}
      submitting={edit.submitting}
      banner={<FormBanner {...edit.banner} />}
      actions={<Button onClick={() => void navigate(detailPath)}>取消</Button>}
    />
  );
}

/** Editing a job the actor may write (its texts go through the same wording check as on collection). */
export default function JobEditPage() {
  const { id = '' } = useParams();
  const job = useJob(id);

  if (job.isPending) return <PageLoading />;
  if (job.isError) {
    if (isApiError(job.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  }
  return (
    <PageContainer
      title={`编辑岗位：${job.data.title}`}
      breadcrumb={[{ title: '岗位与推荐' }, listCrumb('岗位', '/jobs'), { title: job.data.title, to: `/jobs/${job.data.id}` }]}
    >
      <EditJob key={job.data.version} job={job.data} onReload={() => void job.refetch()} />
    </PageContainer>
  );
}

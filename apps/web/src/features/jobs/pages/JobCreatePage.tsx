import { App, Button, Form } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useMe } from '../../../lib/auth.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCreateJob } from '../api/create-job.ts';
import { JobForm } from '../components/JobForm.tsx';
import { JOB_FIELD_ALIASES, JOB_FIELD_LABELS, type JobFormValues, jobFormToBody, newJobValues } from '../components/job-form-values.ts';

/** Collecting a job at an employer visit or for an employer (items 4–6). */
export default function JobCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { message } = App.useApp();
  const [form] = Form.useForm<JobFormValues>();
  const create = useServerForm({
    form,
    mutation: useCreateJob(),
    labels: JOB_FIELD_LABELS,
    fieldAliases: JOB_FIELD_ALIASES,
    fieldErrorCodes: ['JOB_WORDING_REFUSED'],
  });
  const today = dayjs();
  const initial = {
    ...newJobValues(today.format('YYYY-MM-DD'), today.add(2, 'month').format('YYYY-MM-DD')),
    ...(search.get('employerId') ? { employerId: search.get('employerId') ?? undefined } : {}),
    ...(me.siteId ? { siteId: me.siteId } : {}),
  };

  const onSubmit = (values: JobFormValues) => {
    create.submit(jobFormToBody(values), (job) => {
      void message.success(`已保存岗位：${job.title}`);
      void navigate(`/jobs/${job.id}`, { replace: true });
    });
  };

  return (
    <PageContainer title="募集岗位" breadcrumb={[{ title: '岗位与推荐' }, listCrumb('岗位', '/jobs')]}>
      <JobForm
        form={form}
        mode="create"
        initialValues={initial}
        onSubmit={onSubmit}
        submitting={create.submitting}
        banner={<FormBanner {...create.banner} />}
        actions={<Button onClick={() => void navigate('/jobs')}>取消</Button>}
      />
    </PageContainer>
  );
}

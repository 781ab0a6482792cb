import {
  AGE_REASON_LABELS,
  EDUCATION_LEVEL_LABELS,
  formatPay,
  JOB_ACTION_LABELS,
  JOB_BENEFIT_LABELS,
  JOB_SOURCE_LABELS,
  type Job,
  type JobAction,
  nextJobState,
  WORK_HOURS_LABELS,
} from '@jobcircle/domain';
import { App, Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PublicUrlMissing } from '../../../components/PublicUrlMissing.tsx';
import { QrCode } from '../../../components/QrCode.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { usePublicUrl } from '../../../lib/public-url.ts';
import { useJob } from '../api/get-job.ts';
import { useJobAction } from '../api/job-action.ts';
import { JobCandidates } from '../components/JobCandidates.tsx';
import { JobKindTag, JobStateTag } from '../components/JobTags.tsx';
import { occupationLabel } from '../components/job-options.ts';
import { ReferralTable } from '../components/ReferralTable.tsx';

const ACTIONS: readonly JobAction[] = ['open', 'fill', 'close', 'reopen'];

function ageText(job: Job): string {
  if (job.ageMin == null && job.ageMax == null) return '不限';
  const range = `${job.ageMin ?? ''}–${job.ageMax ?? ''} 岁`;
  return job.ageReason ? `${range}（依据：${AGE_REASON_LABELS[job.ageReason]}）` : range;
}

/** One job: what it offers and asks, its state and actions, the best candidates in the actor's area and the referrals to it. */
export default function JobDetailPage() {
  const { id = '' } = useParams();
  const job = useJob(id);
  const mayWrite = useCan('job:write');
  const mayRefer = useCan('referral:read');
  const action = useJobAction();
  const { message } = App.useApp();
  const { url: shareUrl, missing: shareMissing } = usePublicUrl(`/j/${id}`);
  if (job.isPending) return <PageLoading />;
  if (job.isError) return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  const allowed = ACTIONS.filter((a) => nextJobState(j.state, a) !== undefined);

  const run = (a: JobAction) =>
    action.mutate(
      { id: j.id, action: a, version: j.version },
      {
        onSuccess: () => void message.success(`已${JOB_ACTION_LABELS[a]}`),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <PageContainer
      title={j.title}
      breadcrumb={[{ title: '岗位与推荐' }, listCrumb('岗位', '/jobs')]}
      extra={
        mayWrite
          ? [
              ...allowed.map((a) => (
                <Button
                  key={a}
                  type={a === 'open' || a === 'reopen' ? 'primary' : 'default'}
                  loading={action.isPending}
                  onClick={() => run(a)}
                >
                  {JOB_ACTION_LABELS[a]}
                </Button>
              )),
              <Link key="edit" to={`/jobs/${j.id}/edit`} className="ant-btn ant-btn-default">
                编辑
              </Link>,
            ]
          : null
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={17}>
          <Card className="section-card">
            <Flex gap="small" wrap align="center" className="section-card">
              <JobStateTag state={j.state} />
              <JobKindTag kind={j.kind} />
              <Typography.Text>
                已录用 {j.hiredCount} / 招聘 {j.headcount} 人 · 有效期 {j.validFrom} 至 {j.validTo}
              </Typography.Text>
            </Flex>
            <Descriptions column={{ xs: 1, sm: 2 }} bordered size="small">
              <Descriptions.Item label="用人单位">
                <Link to={`/employers/${j.employerId}`}>{j.employerName}</Link>
              </Descriptions.Item>
              <Descriptions.Item label="职业">{occupationLabel(j.occupationCode)}</Descriptions.Item>
              <Descriptions.Item label="薪酬">{formatPay(j.payMinFen, j.payMaxFen, j.payUnit)}</Descriptions.Item>
              <Descriptions.Item label="工时">
                {WORK_HOURS_LABELS[j.workHours]}
                {[j.dailyHours, j.shifts, j.workDays].filter(Boolean).map((t) => ` · ${t}`)}
              </Descriptions.Item>
              <Descriptions.Item label="最低学历">{j.educationMin ? EDUCATION_LEVEL_LABELS[j.educationMin] : '不限'}</Descriptions.Item>
              <Descriptions.Item label="年龄">{ageText(j)}</Descriptions.Item>
              <Descriptions.Item label="技能">{j.skills.join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label="证书">{j.certificates.join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label="福利">{j.benefits.map((b) => JOB_BENEFIT_LABELS[b]).join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label="工作地点">{j.address}</Descriptions.Item>
              <Descriptions.Item label="单位联系人">
                {j.contactName} {j.contactPhoneMasked}
              </Descriptions.Item>
              <Descriptions.Item label="募集">
                {j.siteName} · {JOB_SOURCE_LABELS[j.source]} · {j.createdByName ?? '系统'} · {formatDateTime(j.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label="岗位描述" span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{j.description}</Typography.Paragraph>
                {j.requirementsNote ? (
                  <Typography.Paragraph style={{ marginBottom: 0 }}>其他要求：{j.requirementsNote}</Typography.Paragraph>
                ) : null}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <Card className="section-card" title={<h2 className="card-heading">分享岗位</h2>}>
            {j.state === 'open' ? (
              <Flex vertical align="center" gap="small">
                {shareUrl ? (
                  <>
                    <QrCode value={shareUrl} label={j.title} size={160} />
                    <Typography.Text copyable={{ text: shareUrl }}>公开链接</Typography.Text>
                  </>
                ) : shareMissing ? (
                  <PublicUrlMissing />
                ) : null}
              </Flex>
            ) : (
              <Typography.Text type="secondary">岗位发布（招聘中）后可分享链接和二维码。</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      {mayRefer && j.state === 'open' ? <JobCandidates job={j} /> : null}
      {mayRefer ? <ReferralTable filter={{ jobId: j.id }} title="推荐记录" /> : null}
    </PageContainer>
  );
}

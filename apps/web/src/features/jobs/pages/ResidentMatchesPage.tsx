import { formatPay, JOB_KINDS, type JobKind, type JobMatch } from '@jobcircle/domain';
import { Button, Card, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { useCan } from '../../../lib/auth.ts';
import { useResidentMatches } from '../api/matching.ts';
import { JobKindTag } from '../components/JobTags.tsx';
import { JOB_KIND_OPTIONS } from '../components/job-options.ts';
import { MatchReasons } from '../components/MatchReasons.tsx';
import { RecommendModal } from '../components/RecommendModal.tsx';
import { ReferralTable } from '../components/ReferralTable.tsx';

function Matches({ residentId, residentName }: { residentId: string; residentName: string }) {
  const [kind, setKind] = useState<JobKind | undefined>();
  const matches = useResidentMatches(residentId, kind);
  const mayRefer = useCan('referral:write');
  const [picked, setPicked] = useState<JobMatch | null>(null);
  return (
    <>
      <Card className="section-card" title={<h2 className="card-heading">为 {residentName} 匹配的岗位（前 20 个）</h2>}>
        <Form layout="inline" className="filters">
          <Form.Item label="岗位类型" htmlFor="match-kind">
            <Select
              id="match-kind"
              allowClear
              placeholder="全部类型"
              style={{ minWidth: 160 }}
              value={kind}
              onChange={(value: JobKind | undefined) => setKind(value && JOB_KINDS.includes(value) ? value : undefined)}
              options={JOB_KIND_OPTIONS}
            />
          </Form.Item>
        </Form>
        {matches.isError ? (
          <LoadError error={matches.error} onRetry={() => void matches.refetch()} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              已过期、已招满和未发布的岗位不参与匹配。{matches.data ? `共比较 ${matches.data.considered} 个招聘中的岗位。` : ''}
            </Typography.Paragraph>
            <Table
              rowKey="jobId"
              size="small"
              loading={matches.isPending}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={matches.data?.items ?? []}
              locale={{ emptyText: '暂无匹配的岗位' }}
              columns={[
                {
                  title: '岗位',
                  dataIndex: 'title',
                  key: 'title',
                  render: (title: string, m) => <Link to={`/jobs/${m.jobId}`}>{title}</Link>,
                },
                { title: '单位', dataIndex: 'employerName', key: 'employerName' },
                { title: '类型', dataIndex: 'kind', key: 'kind', render: (k: JobKind) => <JobKindTag kind={k} /> },
                { title: '薪酬', key: 'pay', render: (_v, m) => formatPay(m.payMinFen, m.payMaxFen, m.payUnit) },
                { title: '得分', dataIndex: 'score', key: 'score' },
                { title: '匹配理由', key: 'reasons', render: (_v, m) => <MatchReasons reasons={m.reasons} /> },
                ...(mayRefer
                  ? [
                      {
                        title: '操作',
                        key: 'action',
                        render: (_v: unknown, m: JobMatch) => (
                          <Button size="small" onClick={() => setPicked(m)} aria-label={`推荐岗位${m.title}`}>
                            推荐
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </>
        )}
        {picked ? (
          <RecommendModal
            open
            onClose={() => setPicked(null)}
            jobId={picked.jobId}
            jobTitle={picked.title}
            residentId={residentId}
            residentName={residentName}
          />
        ) : null}
      </Card>
      <ReferralTable filter={{ residentId }} title={`${residentName} 的推荐记录`} />
    </>
  );
}

/** Matching for a resident (人岗匹配): pick a resident, see the top jobs with reasons, recommend. */
export default function ResidentMatchesPage() {
  const { residentId } = useParams();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const name = search.get('name') ?? '';
  return (
    <PageContainer title="人岗匹配" description="为求职居民匹配招聘中的岗位，列出有利和不利因素，可直接推荐并跟进到录用。">
      <Form layout="vertical" className="filters">
        <Form.Item label="求职居民" htmlFor="match-resident">
          <ResidentPicker
            id="match-resident"
            value={residentId}
            initialName={name || null}
            onPick={(resident) => {
              if (resident) void navigate(`/jobs/matches/${resident.id}?name=${encodeURIComponent(resident.name)}`);
              else void navigate('/jobs/matches');
            }}
          />
        </Form.Item>
      </Form>
      {residentId ? <Matches residentId={residentId} residentName={name || '该居民'} /> : null}
    </PageContainer>
  );
}

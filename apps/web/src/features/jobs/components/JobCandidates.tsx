import { EDUCATION_LEVEL_LABELS, type EducationLevel, type Job } from '@jobcircle/domain';
import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { useCan } from '../../../lib/auth.ts';
import { useCandidates } from '../api/matching.ts';
import { MatchReasons } from './MatchReasons.tsx';
import { RecommendModal } from './RecommendModal.tsx';

/** The best job seekers in the actor's area for an open job, with reasons; recommend in one click. */
export function JobCandidates({ job }: { job: Job }) {
  const candidates = useCandidates(job.id);
  const mayRefer = useCan('referral:write');
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  return (
    <Card
      className="section-card"
      role="region"
      aria-label="匹配的求职者（辖区内）"
      title={<h2 className="card-heading">匹配的求职者（辖区内）</h2>}
    >
      {candidates.isError ? (
        <LoadError error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            按职业、技能、学历、薪酬、工时、通勤和年龄综合评分；绿色为有利因素，红色为不利因素。
            {candidates.data ? ` 共评估 ${candidates.data.considered} 名求职者。` : ''}
          </Typography.Paragraph>
          <Table
            rowKey="residentId"
            size="small"
            loading={candidates.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={candidates.data?.items ?? []}
            locale={{ emptyText: '辖区内暂无匹配的求职者' }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'name',
                key: 'name',
                render: (name: string, c) => <Link to={`/residents/${c.residentId}`}>{name}</Link>,
              },
              { title: '年龄', dataIndex: 'age', key: 'age' },
              {
                title: '学历',
                dataIndex: 'education',
                key: 'education',
                render: (e: string) => EDUCATION_LEVEL_LABELS[e as EducationLevel] ?? e,
              },
              { title: '得分', dataIndex: 'score', key: 'score' },
              { title: '匹配理由', key: 'reasons', render: (_v, c) => <MatchReasons reasons={c.reasons} /> },
              ...(mayRefer
                ? [
                    {
                      title: '操作',
                      key: 'action',
                      render: (_v: unknown, c: { residentId: string; name: string }) => (
                        <Button size="small" onClick={() => setPicked({ id: c.residentId, name: c.name })} aria-label={`推荐给${c.name}`}>
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
          jobId={job.id}
          jobTitle={job.title}
          residentId={picked.id}
          residentName={picked.name}
        />
      ) : null}
    </Card>
  );
}

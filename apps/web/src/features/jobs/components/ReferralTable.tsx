import { REFERRAL_STAGE_LABELS, type ReferralStage } from '@jobcircle/domain';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { type ReferralsFilter, useReferrals } from '../api/referrals.ts';
import { ReferralDrawer } from './ReferralDrawer.tsx';

export const STAGE_COLORS: Record<ReferralStage, string> = {
  recommended: 'default',
  interested: 'processing',
  employer_contacted: 'processing',
  interview: 'processing',
  hired: 'success',
  not_hired: 'error',
  declined: 'default',
  insured: 'success',
};

/** Referrals of a job, a resident or an employer; a row opens the referral with its steps. */
export function ReferralTable({ filter, title }: { filter: ReferralsFilter; title: string }) {
  const referrals = useReferrals({ ...filter, pageSize: 100 });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card className="section-card" role="region" aria-label={title} title={<h2 className="card-heading">{title}</h2>}>
      {referrals.isError ? (
        <LoadError error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={referrals.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={referrals.data?.items ?? []}
          locale={{ emptyText: '暂无推荐记录' }}
          columns={[
            {
              title: '居民',
              dataIndex: 'residentName',
              key: 'residentName',
              render: (name: string, r) => (
                <Link to={`/residents/${r.residentId}`} onClick={(e) => e.stopPropagation()}>
                  {name}
                </Link>
              ),
            },
            { title: '岗位', dataIndex: 'jobTitle', key: 'jobTitle' },
            { title: '单位', dataIndex: 'employerName', key: 'employerName', responsive: ['md'] },
            {
              title: '环节',
              dataIndex: 'stage',
              key: 'stage',
              render: (stage: ReferralStage) => <Tag color={STAGE_COLORS[stage]}>{REFERRAL_STAGE_LABELS[stage]}</Tag>,
            },
            {
              title: '操作',
              key: 'open',
              render: (_v, r) => (
                <Button type="link" size="small" onClick={() => setOpen(r.id)} aria-label={`办理 ${r.residentName} 的推荐`}>
                  查看与办理
                </Button>
              ),
            },
          ]}
        />
      )}
      <ReferralDrawer id={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

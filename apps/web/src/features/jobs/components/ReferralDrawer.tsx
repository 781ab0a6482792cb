import {
  NOT_HIRED_REASON_LABELS,
  RECOMMEND_CHANNEL_LABELS,
  REFERRAL_ACTION_LABELS,
  REFERRAL_STAGE_LABELS,
  type ReferralAction,
} from '@jobcircle/domain';
import { Descriptions, Divider, Drawer, Spin, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { useCan } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useReferral } from '../api/referrals.ts';
import { ReferralStepForm } from './ReferralStepForm.tsx';

const actionLabel = (action: string) =>
  action === 'recommend' ? '推荐岗位' : (REFERRAL_ACTION_LABELS[action as ReferralAction] ?? action);

/** One referral: where it stands, every dated and signed step, and the next step. */
export function ReferralDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const referral = useReferral(id);
  const mayWrite = useCan('referral:write');
  const r = referral.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size={560} title={r ? `${r.residentName} → ${r.jobTitle}` : '推荐详情'}>
      {referral.isPending ? (
        <Spin />
      ) : referral.isError ? (
        <LoadError error={referral.error} onRetry={() => void referral.refetch()} />
      ) : r ? (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="环节">{REFERRAL_STAGE_LABELS[r.stage]}</Descriptions.Item>
            <Descriptions.Item label="居民">
              <Link to={`/residents/${r.residentId}`}>{r.residentName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label="岗位">
              <Link to={`/jobs/${r.jobId}`}>{r.jobTitle}</Link>（{r.employerName}）
            </Descriptions.Item>
            <Descriptions.Item label="推荐方式">
              {RECOMMEND_CHANNEL_LABELS[r.channel]} · {r.siteName}
            </Descriptions.Item>
            {r.interviewAt ? (
              <Descriptions.Item label="面试">
                {formatDateTime(r.interviewAt)} {r.interviewPlace}
                {r.healthCheckHelp ? '（协助体检）' : ''}
              </Descriptions.Item>
            ) : null}
            {r.notHiredReason ? (
              <Descriptions.Item label="未录用原因">{NOT_HIRED_REASON_LABELS[r.notHiredReason]}</Descriptions.Item>
            ) : null}
            {r.hiredOn ? <Descriptions.Item label="录用日期">{r.hiredOn}</Descriptions.Item> : null}
            {r.insuredOn ? <Descriptions.Item label="就业参保登记">{r.insuredOn}</Descriptions.Item> : null}
            {r.termEndsOn ? <Descriptions.Item label="公益性岗位期满">{r.termEndsOn}</Descriptions.Item> : null}
            {r.followUps.map((f) => (
              <Descriptions.Item key={f.month} label={`第 ${f.month} 个月回访`}>
                {f.doneOn ? `已回访（${f.doneOn}）` : `应于 ${f.dueDate} 回访`}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Divider titlePlacement="start">办理经过</Divider>
          <Timeline
            items={r.steps.map((s) => ({
              key: s.id,
              content: (
                <>
                  <Typography.Text strong>{actionLabel(s.action)}</Typography.Text> {s.date} · {s.staffName ?? '系统'}
                  {s.note ? <div>{s.note}</div> : null}
                  {s.serviceRecordId ? <div>已登记服务台账</div> : null}
                </>
              ),
            }))}
          />
          {mayWrite ? (
            <>
              <Divider titlePlacement="start">登记下一步</Divider>
              <ReferralStepForm key={r.version} referral={r} />
            </>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}

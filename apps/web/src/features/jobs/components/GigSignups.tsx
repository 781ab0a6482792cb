import {
  GIG_ACTION_LABELS,
  GIG_ACTIONS,
  GIG_SIGNUP_STATE_LABELS,
  type GigAction,
  type GigSignup,
  type Job,
  nextGigState,
} from '@jobcircle/domain';
import { App, Button, Flex, InputNumber, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useCan, useMe } from '../../../lib/auth.ts';
import { useGigAction, useGigSignUp, useGigSignups } from '../api/gigs.ts';

/** One day job's workers: sign a worker up, check in, check out, the worker confirms work and pay. */
export function GigSignups({ job }: { job: Job }) {
  const signups = useGigSignups(job.id);
  const mayWrite = useCan('referral:write');
  const me = useMe();
  const signUp = useGigSignUp();
  const act = useGigAction();
  const { message } = App.useApp();
  const [picking, setPicking] = useState(false);
  const [confirming, setConfirming] = useState<GigSignup | null>(null);
  const [paid, setPaid] = useState<number | null>(job.payMaxFen / 100);
  const live = (signups.data?.items ?? []).filter((s) => s.state !== 'cancelled').length;

  const run = (signup: GigSignup, action: GigAction, extra: { paidFen?: number; workerConfirmed?: true } = {}) =>
    act.mutate(
      { id: signup.id, body: { action, version: signup.version, ...extra } },
      {
        onSuccess: () => void message.success(action === 'confirm' ? '工人已确认完工和报酬' : `已${GIG_ACTION_LABELS[action]}`),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text>
          已报名 {live} / {job.headcount} 人
        </Typography.Text>
        {mayWrite && live < job.headcount ? (
          <Button size="small" onClick={() => setPicking(true)} aria-label={`为“${job.title}”报名`}>
            为居民报名
          </Button>
        ) : null}
      </Flex>
      <List
        size="small"
        loading={signups.isPending}
        dataSource={signups.data?.items ?? []}
        locale={{ emptyText: '暂无报名' }}
        renderItem={(s) => (
          <List.Item
            actions={
              mayWrite
                ? GIG_ACTIONS.filter((a) => nextGigState(s.state, a)).map((a) => (
                    <Button
                      key={a}
                      size="small"
                      onClick={() => (a === 'confirm' ? setConfirming(s) : run(s, a))}
                      aria-label={`${s.residentName}：${GIG_ACTION_LABELS[a]}`}
                    >
                      {GIG_ACTION_LABELS[a]}
                    </Button>
                  ))
                : []
            }
          >
            {s.residentName} <Tag>{GIG_SIGNUP_STATE_LABELS[s.state]}</Tag>
            {s.paidFen != null ? `报酬 ${(s.paidFen / 100).toFixed(2)} 元` : ''}
          </List.Item>
        )}
      />
      <Modal open={picking} title={`为“${job.title}”报名`} footer={null} onCancel={() => setPicking(false)} destroyOnHidden>
        <ResidentPicker
          id={`gig-resident-${job.id}`}
          onPick={(resident) => {
            if (!resident) return;
            signUp.mutate(
              { jobId: job.id, residentId: resident.id, siteId: me.siteId ?? job.siteId },
              {
                onSuccess: () => {
                  void message.success(`已为 ${resident.name} 报名`);
                  setPicking(false);
                },
                onError: (e) => void message.error(errorMessage(e)),
              },
            );
          }}
        />
      </Modal>
      <Modal
        open={confirming !== null}
        title="工人确认完工和报酬"
        okText="工人已确认"
        cancelText="取消"
        onCancel={() => setConfirming(null)}
        onOk={() => {
          if (confirming) run(confirming, 'confirm', { paidFen: Math.round((paid ?? 0) * 100), workerConfirmed: true });
          setConfirming(null);
        }}
        destroyOnHidden
      >
        <p>请工人本人确认已完工，并确认实际收到的报酬。</p>
        <label htmlFor="gig-paid">实际收到（元）</label>
        <InputNumber id="gig-paid" min={0} max={100_000} value={paid} onChange={setPaid} style={{ width: '100%' }} />
      </Modal>
    </div>
  );
}

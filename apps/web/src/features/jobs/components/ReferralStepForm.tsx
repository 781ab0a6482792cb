import {
  NOT_HIRED_REASON_LABELS,
  NOT_HIRED_REASONS,
  nextReferralStage,
  REFERRAL_ACTION_LABELS,
  REFERRAL_ACTIONS,
  type Referral,
  type ReferralAction,
  type ReferralStepBody,
} from '@jobcircle/domain';
import { App, Button, DatePicker, Flex, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { useReferralStep } from '../api/referrals.ts';

interface Values {
  date?: dayjs.Dayjs;
  note?: string;
  interviewAt?: dayjs.Dayjs;
  interviewPlace?: string;
  healthCheckHelp?: boolean;
  notHiredReason?: ReferralStepBody['notHiredReason'];
  followUpMonth?: 1 | 3;
  stillEmployed?: boolean;
  termEndsOn?: dayjs.Dayjs;
}

const REASON_OPTIONS = NOT_HIRED_REASONS.map((value) => ({ value, label: NOT_HIRED_REASON_LABELS[value] }));

/** The next step of a referral: only the steps its stage allows, each with the fields it needs. */
export function ReferralStepForm({ referral }: { referral: Referral }) {
  const allowed = REFERRAL_ACTIONS.filter((action) => nextReferralStage(referral.stage, action) !== undefined);
  const [action, setAction] = useState<ReferralAction | undefined>(allowed[0]);
  const step = useReferralStep();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  if (allowed.length === 0) return null;
  const current = action && allowed.includes(action) ? action : allowed[0];

  const submit = (values: Values) => {
    if (!current) return;
    const body: ReferralStepBody = {
      action: current,
      version: referral.version,
      ...(values.date ? { date: values.date.format('YYYY-MM-DD') } : {}),
      note: values.note?.trim() || null,
      ...(current === 'interview'
        ? {
            interviewAt: values.interviewAt?.format(),
            interviewPlace: values.interviewPlace,
            healthCheckHelp: values.healthCheckHelp ?? false,
          }
        : {}),
      ...(current === 'not_hire' ? { notHiredReason: values.notHiredReason } : {}),
      ...(current === 'hire' && values.termEndsOn ? { termEndsOn: values.termEndsOn.format('YYYY-MM-DD') } : {}),
      ...(current === 'follow_up' ? { followUpMonth: values.followUpMonth, stillEmployed: values.stillEmployed ?? true } : {}),
    };
    step.mutate(
      { id: referral.id, body },
      {
        onSuccess: () => {
          void message.success(`已${REFERRAL_ACTION_LABELS[current]}`);
          form.resetFields();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs(), followUpMonth: 1, stillEmployed: true }}>
      <Form.Item label="下一步">
        <Radio.Group
          value={current}
          onChange={(e) => setAction(e.target.value as ReferralAction)}
          options={allowed.map((a) => ({ value: a, label: REFERRAL_ACTION_LABELS[a] }))}
          optionType="button"
        />
      </Form.Item>
      {current === 'interview' ? (
        <>
          <Form.Item name="interviewAt" label="面试时间" rules={[{ required: true, message: '请填写面试时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="interviewPlace" label="面试地点" rules={[{ required: true, message: '请填写面试地点' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="healthCheckHelp" label="协助体检" valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      ) : null}
      {current === 'hire' && referral.jobKind === 'public_welfare' ? (
        <Form.Item
          name="termEndsOn"
          label="公益性岗位聘用期满日期"
          rules={[{ required: true, message: '公益性岗位请填写聘用期满日期' }]}
          extra="期满前 30 天提醒推荐人做好续聘或再就业安排。"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      {current === 'not_hire' ? (
        <Form.Item name="notHiredReason" label="未录用原因" rules={[{ required: true, message: '请从列表中选择未录用原因' }]}>
          <Select options={REASON_OPTIONS} aria-label="未录用原因" />
        </Form.Item>
      ) : null}
      {current === 'follow_up' ? (
        <Flex gap="middle" wrap>
          <Form.Item name="followUpMonth" label="回访">
            <Radio.Group
              options={[
                { value: 1, label: '第 1 个月' },
                { value: 3, label: '第 3 个月' },
              ]}
            />
          </Form.Item>
          <Form.Item name="stillEmployed" label="仍在岗" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
      ) : null}
      <Flex gap="middle" wrap>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label="备注" style={{ flex: 1, minWidth: 200 }}>
          <Input maxLength={500} />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        登记：{current ? REFERRAL_ACTION_LABELS[current] : ''}
      </Button>
    </Form>
  );
}

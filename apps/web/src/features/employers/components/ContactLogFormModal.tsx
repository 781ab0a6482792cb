import { AddContactLogBodySchema, type ContactLogChannel } from '@jobcircle/domain';
import { App, Form, Input, InputNumber, Radio } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { dayjs } from '../../../lib/dayjs.ts';
import { zodRule } from '../../../lib/form.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useAddContactLog } from '../api/add-contact-log.ts';
import { CONTACT_LOG_CHANNEL_OPTIONS } from './employer-options.ts';

interface ContactLogFormValues {
  /** A `datetime-local` value, YYYY-MM-DDTHH:mm, in the browser's time zone. */
  at: string;
  channel: ContactLogChannel;
  summary: string;
  jobsCollected: number;
}

const LABELS = { at: '联系时间', channel: '联系方式', summary: '联系情况', jobsCollected: '收集岗位数' };
const fields = AddContactLogBodySchema.shape;
const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';

/** When the contact took place: a real time, not in the future. */
const AT_RULE = {
  required: true,
  validator: (_rule: unknown, value: string | undefined) => {
    if (!value) return Promise.reject(new Error('请填写联系时间'));
    const at = dayjs(value);
    if (!at.isValid()) return Promise.reject(new Error('时间格式不正确'));
    if (at.isAfter(dayjs())) return Promise.reject(new Error('联系时间不能晚于当前时间'));
    return Promise.resolve();
  },
};

/** Logs one contact with an employer (a visit, a call …): how, when, what was said, how many jobs were collected. */
export function ContactLogFormModal({
  employerId,
  employerName,
  onClose,
}: {
  employerId: string;
  employerName: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactLogFormValues>();
  const server = useServerForm({ form, mutation: useAddContactLog(employerId), labels: LABELS });

  const onFinish = (values: ContactLogFormValues) =>
    server.submit(
      { at: dayjs(values.at).format(), channel: values.channel, summary: values.summary, jobsCollected: values.jobsCollected },
      () => {
        void message.success('走访记录已登记');
        onClose();
      },
    );

  return (
    <FormModal
      title={`登记走访联系：${employerName}`}
      okText="登记"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form<ContactLogFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ at: dayjs().format(LOCAL_MINUTE), channel: 'visit', jobsCollected: 0 }}
      >
        <Form.Item name="channel" label="联系方式" rules={[zodRule(fields.channel, '请选择联系方式')]}>
          <Radio.Group options={CONTACT_LOG_CHANNEL_OPTIONS} optionType="button" buttonStyle="solid" className="kind-radio" />
        </Form.Item>
        <Form.Item name="at" label="联系时间" rules={[AT_RULE]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item
          name="jobsCollected"
          label="收集岗位数"
          rules={[zodRule(fields.jobsCollected, '请填写收集岗位数')]}
          extra="这次联系中单位提供的招聘岗位个数，没有填 0。"
        >
          <InputNumber<number> min={0} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="summary" label="联系情况" rules={[zodRule(fields.summary, '请填写联系情况')]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="如：走访店主，了解到旺季需要客房服务员 2 名，已登记岗位需求。" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

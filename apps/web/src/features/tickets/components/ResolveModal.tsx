import { ResolveTicketBodySchema, SERVICE_OUTCOME_LABELS, type TicketWithChain } from '@jobcircle/domain';
import { App, Form, Input, InputNumber, Radio } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { zodRule } from '../../../lib/form.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useResolveTicket } from '../api/resolve-ticket.ts';

type Outcome = 'done' | 'referred' | 'not_done';
interface Values {
  resolution: string;
  outcome: Outcome;
  durationMinutes?: number | null;
}

const fields = ResolveTicketBodySchema.shape;
const LABELS = { resolution: '办理结果说明', outcome: '办理结果', durationMinutes: '用时' };
const OUTCOMES: Outcome[] = ['done', 'referred', 'not_done'];

/** Resolves the ticket; the service is recorded in the ledger at the same time. */
export function ResolveModal({ ticket, onClose }: { ticket: TicketWithChain; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useResolveTicket(ticket.id), labels: LABELS });
  const onFinish = (values: Values) =>
    server.submit(
      { resolution: values.resolution, outcome: values.outcome, durationMinutes: values.durationMinutes ?? null, version: ticket.version },
      () => {
        void message.success('已办结，并已记入服务台账');
        onClose();
      },
    );
  return (
    <FormModal
      title={`办结受理单 ${ticket.receiptCode}`}
      okText="办结"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ outcome: 'done' }}>
        <Form.Item name="outcome" label="办理结果" rules={[zodRule(fields.outcome)]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={OUTCOMES.map((o) => ({ value: o, label: SERVICE_OUTCOME_LABELS[o] }))}
          />
        </Form.Item>
        <Form.Item name="resolution" label="办理结果说明" rules={[zodRule(fields.resolution, '请填写办理结果')]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="durationMinutes" label="用时（分钟）" htmlFor="resolve-duration" rules={[zodRule(fields.durationMinutes)]}>
          <InputNumber id="resolve-duration" min={0} max={1440} precision={0} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

import { ReopenTicketBodySchema, type TicketWithChain } from '@jobcircle/domain';
import { App, Form, Input } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { zodRule } from '../../../lib/form.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useReopenTicket } from '../api/reopen-ticket.ts';

const fields = ReopenTicketBodySchema.shape;

/** Re-opens a resolved ticket when the resident comes back about the same matter. */
export function ReopenModal({ ticket, onClose }: { ticket: TicketWithChain; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const server = useServerForm({ form, mutation: useReopenTicket(ticket.id), labels: { reason: '重新办理原因' } });
  return (
    <FormModal
      title={`重新办理 ${ticket.receiptCode}`}
      okText="重新办理"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          server.submit({ reason: values.reason, version: ticket.version }, () => {
            void message.success('受理单已重新办理');
            onClose();
          })
        }
      >
        <Form.Item name="reason" label="重新办理原因" rules={[zodRule(fields.reason, '请说明原因')]}>
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

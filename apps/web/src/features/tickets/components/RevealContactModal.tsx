import { RevealTicketContactBodySchema, type TicketContact } from '@jobcircle/domain';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useRevealTicketContact } from '../api/reveal-contact.ts';

interface RevealContactModalProps {
  ticketId: string;
  onRevealed: (contact: TicketContact) => void;
  onClose: () => void;
}

/** 查看完整号码 of a sender from the public page, to call them back: the reason goes into the audit log. */
export function RevealContactModal({ ticketId, onRevealed, onClose }: RevealContactModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealTicketContact(ticketId);

  const onFinish = ({ reason }: { reason: string }) => {
    reveal.mutate(
      { reason: reason.trim() },
      {
        onSuccess: (contact) => {
          onRevealed(contact);
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) applyFieldErrors(form, error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title="查看完整号码"
      okText="查看"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reveal.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>用于回电联系提交诉求的群众。完整号码仅在本页显示，每次查看都会连同原因记入审计日志。</Typography.Paragraph>
      {reveal.error && !isApiError(reveal.error, 'VALIDATION_FAILED') ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(reveal.error)} className="form-banner" />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={onFinish}>
        <Form.Item
          name="reason"
          label="查看原因"
          rules={[zodRule(RevealTicketContactBodySchema.shape.reason, '请写明查看原因（至少 4 个字）')]}
          extra="如：回电答复失业登记材料清单。"
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

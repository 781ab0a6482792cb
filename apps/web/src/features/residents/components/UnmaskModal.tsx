import { UnmaskBodySchema } from '@jobcircle/domain';
import { Alert, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { type Unmasked, useUnmaskResident } from '../api/unmask-resident.ts';

type UnmaskField = 'idNumber' | 'mobile';

interface UnmaskValues {
  fields: UnmaskField[];
  reason: string;
}

interface UnmaskModalProps {
  residentId: string;
  hasMobile: boolean;
  onUnmasked: (numbers: Unmasked) => void;
  onClose: () => void;
}

/** 查看完整号码: the reason is required and kept in the audit log with the fields shown. */
export function UnmaskModal({ residentId, hasMobile, onUnmasked, onClose }: UnmaskModalProps) {
  const [form] = Form.useForm<UnmaskValues>();
  const unmask = useUnmaskResident(residentId);

  const onFinish = (values: UnmaskValues) => {
    unmask.mutate(
      { fields: values.fields, reason: values.reason.trim() },
      {
        onSuccess: (numbers) => {
          onUnmasked(numbers);
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
      confirmLoading={unmask.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>完整号码仅在本页显示，离开本页后恢复脱敏。每次查看都会连同原因记入审计日志。</Typography.Paragraph>
      {unmask.error && !isApiError(unmask.error, 'VALIDATION_FAILED') ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(unmask.error)} className="form-banner" />
      ) : null}
      <Form<UnmaskValues> form={form} layout="vertical" initialValues={{ fields: ['idNumber'], reason: '' }} onFinish={onFinish}>
        <Form.Item
          name="fields"
          label="要查看的号码"
          rules={[
            {
              // Not `required`: a checkbox group may not carry aria-required.
              validator: (_rule, value: UnmaskField[] | undefined) =>
                value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error('请至少选择一项要查看的号码')),
            },
          ]}
        >
          <Checkbox.Group
            options={[
              { value: 'idNumber', label: '身份证号' },
              { value: 'mobile', label: '手机号', disabled: !hasMobile },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="查看原因"
          rules={[zodRule(UnmaskBodySchema.shape.reason, '请写明查看原因（至少 4 个字）')]}
          extra="如：协助办理失业登记，需核对身份证号。"
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

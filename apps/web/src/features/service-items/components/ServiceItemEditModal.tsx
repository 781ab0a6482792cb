import { type ServiceItem, type UpdateServiceItemBody, UpdateServiceItemBodySchema } from '@jobcircle/domain';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useUpdateServiceItem } from '../api/update-service-item.ts';

export const SERVICE_ITEM_FIELDS = [
  { name: 'audience', label: '服务对象', hint: '谁可以申请、享受这项服务', max: 500 },
  { name: 'content', label: '服务内容', hint: '这项服务具体提供什么', max: 1000 },
  { name: 'howToApply', label: '申请方式', hint: '到哪里、带什么材料、怎么申请', max: 1000 },
  { name: 'whereToCheck', label: '查询途径', hint: '在哪里查询办理进度和结果', max: 500 },
] as const;

const LABELS = Object.fromEntries(SERVICE_ITEM_FIELDS.map((f) => [f.name, f.label]));
const fields = UpdateServiceItemBodySchema.shape;

/** A district admin edits what the public sees about an item: who, what, how to apply, where to check. */
export function ServiceItemEditModal({ item, onClose }: { item: ServiceItem; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Required<UpdateServiceItemBody>>();
  const update = useUpdateServiceItem();
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onFinish = (values: Required<UpdateServiceItemBody>) => {
    setLeftovers([]);
    const changes: UpdateServiceItemBody = {};
    for (const { name } of SERVICE_ITEM_FIELDS) if (values[name] !== item[name]) changes[name] = values[name];
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { no: item.no, body: changes },
      {
        onSuccess: () => {
          void message.success(`事项 ${item.no} 的说明已保存`);
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) setLeftovers(applyFieldErrors(form, error, LABELS));
        },
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title={`编辑事项 ${item.no}：${item.text}`}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      maskClosable={false}
    >
      {update.error && !isApiError(update.error, 'VALIDATION_FAILED') ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(update.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {leftovers.length > 0 ? <Alert type="error" showIcon role="alert" title={leftovers.join('；')} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ audience: item.audience, content: item.content, howToApply: item.howToApply, whereToCheck: item.whereToCheck }}
      >
        {SERVICE_ITEM_FIELDS.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            extra={field.hint}
            rules={[zodRule(fields[field.name].unwrap(), `请填写${field.label}`)]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={field.max} showCount />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

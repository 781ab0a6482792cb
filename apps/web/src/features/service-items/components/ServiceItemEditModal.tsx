import { type ServiceItem, type UpdateServiceItemBody, UpdateServiceItemBodySchema } from '@jobcircle/domain';
import { App, Form, Input } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { diffChanges, isEmptyChange } from '../../../lib/diff-changes.ts';
import { zodRule } from '../../../lib/form.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
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
  const server = useServerForm({ form, mutation: useUpdateServiceItem(), labels: LABELS });
  const initialValues = { audience: item.audience, content: item.content, howToApply: item.howToApply, whereToCheck: item.whereToCheck };

  const onFinish = (values: Required<UpdateServiceItemBody>) => {
    const changes = diffChanges(initialValues, values);
    if (isEmptyChange(changes)) {
      onClose();
      return;
    }
    server.submit({ no: item.no, body: changes }, () => {
      void message.success(`事项 ${item.no} 的说明已保存`);
      onClose();
    });
  };

  return (
    <FormModal
      width={720}
      title={`编辑事项 ${item.no}：${item.text}`}
      okText="保存"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
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
    </FormModal>
  );
}

import { EmployerContactBodySchema } from '@jobcircle/domain';
import { App, Form, Input } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { zodRule } from '../../../lib/form.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useAddEmployerContact } from '../api/add-contact.ts';

interface ContactFormValues {
  name: string;
  role: string;
  phone: string;
}

const LABELS = { name: '姓名', role: '职务', phone: '联系电话' };
const fields = EmployerContactBodySchema.shape;

/** Adds a contact person of an employer; the phone is kept encrypted and shown masked afterwards. */
export function ContactFormModal({ employerId, employerName, onClose }: { employerId: string; employerName: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactFormValues>();
  const server = useServerForm({ form, mutation: useAddEmployerContact(employerId), labels: LABELS });

  const onFinish = (values: ContactFormValues) =>
    server.submit(values, () => {
      void message.success('联系人已添加');
      onClose();
    });

  return (
    <FormModal
      title={`添加联系人：${employerName}`}
      okText="添加"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form<ContactFormValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="name" label="姓名" rules={[zodRule(fields.name, '请填写联系人姓名')]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label="职务" rules={[zodRule(fields.role, '请填写职务')]}>
          <Input maxLength={30} autoComplete="off" placeholder="如：人事经理、店主" />
        </Form.Item>
        <Form.Item
          name="phone"
          label="联系电话"
          rules={[zodRule(fields.phone, '请填写联系电话')]}
          extra="手机号或带区号的固定电话，如 13912345678 或 021-59612345。保存后加密存储，只显示部分号码。"
        >
          <Input inputMode="tel" maxLength={30} autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

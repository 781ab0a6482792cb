import { BookAppointmentBodySchema, type Slot } from '@jobcircle/domain';
import { App, Form, Input, Select, Typography } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { dayjs } from '../../../lib/dayjs.ts';
import { zodRule } from '../../../lib/form.ts';
import { SERVICE_ITEM_GROUP_OPTIONS } from '../../../lib/service-item-options.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useBookAppointment } from '../api/book-appointment.ts';

interface Values {
  residentId?: string | null;
  itemNo?: number | null;
  note?: string;
}

const fields = BookAppointmentBodySchema.shape;
const LABELS = { residentId: '群众', itemNo: '服务事项', note: '备注', startsAt: '时段', ruleId: '时段' };

/** Books one place of a slot for a resident. */
export function BookModal({ slot, onClose }: { slot: Slot; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useBookAppointment(), labels: LABELS, fieldErrorCodes: [] });
  const onFinish = (values: Values) =>
    server.submit(
      {
        ruleId: slot.ruleId,
        startsAt: slot.startsAt,
        residentId: values.residentId ?? '',
        itemNo: values.itemNo ?? null,
        note: values.note?.trim() ? values.note.trim() : null,
      },
      (appointment) => {
        void message.success(`已为 ${appointment.residentName} 预约 ${dayjs(appointment.startsAt).format('M月D日 HH:mm')}`);
        onClose();
      },
    );
  return (
    <FormModal
      title="为群众预约"
      okText="预约"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Typography.Paragraph>
        {slot.title}：{dayjs(slot.startsAt).format('M月D日 dddd HH:mm')}–{dayjs(slot.endsAt).format('HH:mm')}，尚余 {slot.available}{' '}
        个名额。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="residentId" label="群众" htmlFor="book-resident" rules={[zodRule(fields.residentId, '请选择预约的群众')]}>
          <ResidentPicker id="book-resident" />
        </Form.Item>
        <Form.Item name="itemNo" label="服务事项" htmlFor="book-item" extra="不选则按时段规则的事项" rules={[zodRule(fields.itemNo)]}>
          <Select
            id="book-item"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={SERVICE_ITEM_GROUP_OPTIONS}
            placeholder="按时段规则"
          />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[zodRule(fields.note)]}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

import { CreateSlotRuleBodySchema, WEEKDAY_LABELS } from '@jobcircle/domain';
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { dayjs } from '../../../lib/dayjs.ts';
import { dateFieldProps, zodRule } from '../../../lib/form.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { SERVICE_ITEM_GROUP_OPTIONS } from '../../../lib/service-item-options.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCreateSlotRule } from '../api/create-slot-rule.ts';

interface Values {
  title: string;
  staffId?: string | null;
  itemNo?: number | null;
  weekdays: number[];
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacity: number;
  validFrom: string;
  validTo?: string | null;
}

/** The object schema under the cross-field checks (end after start, the slot fits the hours). */
const fields = CreateSlotRuleBodySchema.shape;
const LABELS = {
  title: '名称',
  staffId: '工作人员或指导师',
  itemNo: '服务事项',
  weekdays: '开放日',
  startTime: '开始时间',
  endTime: '结束时间',
  slotMinutes: '每个时段（分钟）',
  capacity: '每个时段名额',
  validFrom: '生效日期',
  validTo: '结束日期',
};
/** Checked without `required`: antd would put aria-required on the checkbox group, which its role does not allow. */
const WEEKDAYS_RULE = {
  validator: (_rule: unknown, value: number[] | undefined) => {
    const result = fields.weekdays.safeParse(value ?? []);
    return result.success ? Promise.resolve() : Promise.reject(new Error(result.error.issues[0]?.message ?? '至少选择一天'));
  },
};
const WEEKDAY_OPTIONS = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: day, label: WEEKDAY_LABELS[day] ?? '' }));

/** A weekly opening of the site (or of one staff member or mentor there): days, hours, slot length, places. */
export function SlotRuleFormModal({ siteId, siteName, onClose }: { siteId: string; siteName: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useCreateSlotRule(), labels: LABELS });
  const staff = useStaffList({ siteId, pageSize: 100, isActive: true });
  const onFinish = (values: Values) =>
    server.submit(
      { ...values, siteId, staffId: values.staffId ?? null, itemNo: values.itemNo ?? null, validTo: values.validTo ?? null },
      () => {
        void message.success('预约时段已设置');
        onClose();
      },
    );
  return (
    <FormModal
      title={`新建预约时段：${siteName}`}
      okText="保存"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          title: '窗口预约',
          weekdays: [1, 2, 3, 4, 5],
          startTime: '09:00',
          endTime: '11:30',
          slotMinutes: 30,
          capacity: 2,
          validFrom: dayjs().format('YYYY-MM-DD'),
        }}
      >
        <Form.Item name="title" label="名称" rules={[zodRule(fields.title, '请填写名称')]}>
          <Input maxLength={60} placeholder="如：窗口预约、创业指导专家坐诊" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="staffId"
              label="工作人员或指导师"
              htmlFor="rule-staff"
              extra="不选则为站点窗口"
              rules={[zodRule(fields.staffId)]}
            >
              <Select
                id="rule-staff"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={staff.isPending}
                options={(staff.data?.items ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="itemNo" label="服务事项" htmlFor="rule-item" rules={[zodRule(fields.itemNo)]}>
              <Select
                id="rule-item"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={SERVICE_ITEM_GROUP_OPTIONS}
                placeholder="不限"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="weekdays" label="开放日" rules={[WEEKDAYS_RULE]}>
          <Checkbox.Group options={WEEKDAY_OPTIONS} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name="startTime" label="开始时间" rules={[zodRule(fields.startTime, '请填写开始时间')]}>
              <Input type="time" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="endTime" label="结束时间" rules={[zodRule(fields.endTime, '请填写结束时间')]}>
              <Input type="time" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="slotMinutes"
              label="每个时段（分钟）"
              htmlFor="rule-minutes"
              rules={[zodRule(fields.slotMinutes, '请填写时段长度')]}
            >
              <InputNumber id="rule-minutes" min={5} max={480} precision={0} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="capacity" label="每个时段名额" htmlFor="rule-capacity" rules={[zodRule(fields.capacity, '请填写名额')]}>
              <InputNumber id="rule-capacity" min={1} max={200} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="validFrom"
              label="生效日期"
              htmlFor="rule-from"
              rules={[zodRule(fields.validFrom, '请选择生效日期')]}
              {...dateFieldProps}
            >
              <DatePicker id="rule-from" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="validTo"
              label="结束日期"
              htmlFor="rule-to"
              extra="不填则长期有效"
              rules={[zodRule(fields.validTo)]}
              {...dateFieldProps}
            >
              <DatePicker id="rule-to" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

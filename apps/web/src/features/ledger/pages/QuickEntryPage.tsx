import { CheckCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  CreateServiceRecordBodySchema,
  SERVICE_CHANNEL_LABELS,
  SERVICE_CHANNELS,
  SERVICE_OUTCOME_LABELS,
  SERVICE_OUTCOMES,
  SERVICE_STYLE_LABELS,
  SERVICE_STYLES,
  type ServiceChannel,
  type ServiceOutcome,
  type ServiceRecord,
  type ServiceStyle,
} from '@jobcircle/domain';
import { App, Button, Card, Flex, Form, Input, InputNumber, Radio, Result, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { useCan } from '../../../lib/auth.ts';
import { zodRule } from '../../../lib/form.ts';
import { optionsOf, SERVICE_ITEM_GROUP_OPTIONS, serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCreateServiceRecord } from '../api/create-service-record.ts';
import { RegisterResidentModal } from '../components/RegisterResidentModal.tsx';

interface Values {
  residentId?: string | null;
  itemNo?: number;
  channel: ServiceChannel;
  style: ServiceStyle;
  outcome: ServiceOutcome;
  note?: string;
  durationMinutes?: number | null;
}

const fields = CreateServiceRecordBodySchema.shape;
const LABELS = { residentId: '服务对象', itemNo: '服务事项', channel: '服务渠道', style: '服务方式', outcome: '办理结果', note: '备注' };
const INITIAL: Values = { residentId: null, channel: 'walk_in', style: 'standard', outcome: 'done' };

/** The saved record: what to do next (a ticket for what is not settled, a rating QR code, the next walk-in). */
function Saved({ record, residentName, onNext }: { record: ServiceRecord; residentName: string | null; onNext: () => void }) {
  const mayTicket = useCan('ticket:write');
  const ticketLink = `/tickets/new?${new URLSearchParams({
    itemNo: String(record.itemNo),
    ...(record.residentId ? { residentId: record.residentId, residentName: residentName ?? record.residentName ?? '' } : {}),
    ...(record.note ? { summary: record.note } : {}),
  }).toString()}`;
  return (
    <Result
      icon={<CheckCircleOutlined aria-hidden="true" />}
      status="success"
      title="服务已登记"
      subTitle={`${record.residentName ?? record.employerName ?? '来访群众'} · ${serviceItemLabel(record.itemNo)} · ${SERVICE_OUTCOME_LABELS[record.outcome]}`}
      extra={
        <Flex gap="small" wrap justify="center">
          <Button type="primary" onClick={onNext}>
            登记下一位
          </Button>
          {mayTicket ? <Link to={ticketLink}>开具首问受理单</Link> : null}
          <Link to={`/ledger/records/${record.id}`}>查看记录 / 评价二维码</Link>
        </Flex>
      }
    />
  );
}

/** 窗口快速登记: a walk-in recorded in under half a minute — who, which item, how it went. */
export default function QuickEntryPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateServiceRecord();
  const server = useServerForm({ form, mutation, labels: LABELS });
  const [residentName, setResidentName] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const [saved, setSaved] = useState<ServiceRecord | null>(null);
  const [pickerKey, setPickerKey] = useState(0);

  const onFinish = (values: Values) =>
    server.submit(
      {
        itemNo: values.itemNo ?? 0,
        residentId: values.residentId ?? null,
        channel: values.channel,
        style: values.style,
        outcome: values.outcome,
        note: values.note?.trim() ? values.note.trim() : null,
        durationMinutes: values.durationMinutes ?? null,
      },
      (record) => {
        void message.success('服务已登记');
        setSaved(record);
      },
    );

  const next = () => {
    setSaved(null);
    setResidentName(null);
    mutation.reset();
    form.resetFields();
    setPickerKey((k) => k + 1);
  };

  return (
    <PageContainer title="窗口快速登记" description="查找或登记来访群众，选择服务事项和办理结果，即可记入服务台账。">
      {saved ? (
        <Card>
          <Saved record={saved} residentName={residentName} onNext={next} />
        </Card>
      ) : (
        <Card className="form-card">
          <FormBanner {...server.banner} />
          <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={INITIAL} className="quick-entry">
            <Form.Item
              name="residentId"
              label="服务对象"
              htmlFor="quick-resident"
              extra="匿名来访可不选，但须填写备注"
              rules={[zodRule(fields.residentId)]}
            >
              <ResidentPicker
                key={pickerKey}
                id="quick-resident"
                initialName={residentName}
                onPick={(resident) => setResidentName(resident?.name ?? null)}
              />
            </Form.Item>
            <Button icon={<UserAddOutlined />} onClick={() => setRegistering(true)} className="register-resident">
              登记新居民
            </Button>
            <Form.Item name="itemNo" label="服务事项" htmlFor="quick-item" rules={[zodRule(fields.itemNo, '请选择服务事项')]}>
              <Select
                id="quick-item"
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="输入事项名称或编号筛选"
                options={SERVICE_ITEM_GROUP_OPTIONS}
              />
            </Form.Item>
            <Form.Item name="channel" label="服务渠道" rules={[zodRule(fields.channel)]}>
              <Radio.Group options={optionsOf(SERVICE_CHANNELS, SERVICE_CHANNEL_LABELS)} optionType="button" buttonStyle="solid" />
            </Form.Item>
            <Form.Item name="style" label="服务方式" rules={[zodRule(fields.style)]}>
              <Radio.Group options={optionsOf(SERVICE_STYLES, SERVICE_STYLE_LABELS)} optionType="button" />
            </Form.Item>
            <Form.Item name="outcome" label="办理结果" rules={[zodRule(fields.outcome, '请选择办理结果')]}>
              <Radio.Group options={optionsOf(SERVICE_OUTCOMES, SERVICE_OUTCOME_LABELS)} optionType="button" buttonStyle="solid" />
            </Form.Item>
            <Form.Item name="note" label="备注" rules={[zodRule(fields.note)]}>
              <Input.TextArea rows={2} maxLength={500} showCount placeholder="诉求要点、办理情况" />
            </Form.Item>
            <Form.Item name="durationMinutes" label="用时（分钟）" htmlFor="quick-duration" rules={[zodRule(fields.durationMinutes)]}>
              <InputNumber id="quick-duration" min={0} max={1440} precision={0} />
            </Form.Item>
            <FormActions submitText="登记服务" submitting={server.submitting} />
          </Form>
        </Card>
      )}
      {registering ? (
        <RegisterResidentModal
          onClose={() => setRegistering(false)}
          onRegistered={(resident) => {
            setRegistering(false);
            setResidentName(resident.name);
            form.setFieldValue('residentId', resident.id);
            setPickerKey((k) => k + 1);
            void message.success(`已登记 ${resident.name}`);
          }}
        />
      ) : null}
    </PageContainer>
  );
}

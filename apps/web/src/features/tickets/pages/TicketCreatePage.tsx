import { CreateTicketBodySchema, TICKET_CHANNEL_LABELS, TICKET_CHANNELS, type TicketChannel } from '@jobcircle/domain';
import { App, Button, Card, Form, Input, Radio, Select } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { zodRule } from '../../../lib/form.ts';
import { wholeNumberOf } from '../../../lib/list-params.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { optionsOf, SERVICE_ITEM_GROUP_OPTIONS } from '../../../lib/service-item-options.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCreateTicket } from '../api/create-ticket.ts';

interface Values {
  itemNo?: number;
  residentId?: string | null;
  summary: string;
  channel: TicketChannel;
}

const fields = CreateTicketBodySchema.shape;
const LABELS = { itemNo: '服务事项', residentId: '群众', summary: '诉求', channel: '受理渠道' };
/** The public page raises its own tickets; staff receive at the desk, by phone or online. */
const STAFF_CHANNELS = TICKET_CHANNELS.filter((channel) => channel !== 'public_page');

/** 受理登记: the request becomes a ticket with a receipt code, owned by whoever received it. */
export default function TicketCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useCreateTicket(), labels: LABELS });
  const itemNo = wholeNumberOf(search.get('itemNo') ?? undefined);

  const onFinish = (values: Values) =>
    server.submit(
      { itemNo: values.itemNo ?? 0, residentId: values.residentId ?? null, summary: values.summary, channel: values.channel },
      (ticket) => {
        void message.success(`已受理，回执编号 ${ticket.receiptCode}`);
        void navigate(`/tickets/${ticket.id}`, { replace: true });
      },
    );

  return (
    <PageContainer
      title="受理登记"
      breadcrumb={[listCrumb('首问受理', '/tickets')]}
      description="群众的每一项诉求都登记为受理单，并给群众回执编号，凭编号可在手机上查询办理进度。"
    >
      <Card className="form-card">
        <FormBanner {...server.banner} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{
            itemNo,
            residentId: search.get('residentId'),
            summary: search.get('summary') ?? '',
            channel: 'walk_in',
          }}
        >
          <Form.Item
            name="residentId"
            label="群众"
            htmlFor="ticket-resident"
            rules={[zodRule(fields.residentId)]}
            extra="可不选（如匿名电话咨询）"
          >
            <ResidentPicker id="ticket-resident" initialName={search.get('residentName')} />
          </Form.Item>
          <Form.Item name="itemNo" label="服务事项" htmlFor="ticket-item" rules={[zodRule(fields.itemNo, '请选择服务事项')]}>
            <Select
              id="ticket-item"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="输入事项名称或编号筛选"
              options={SERVICE_ITEM_GROUP_OPTIONS}
            />
          </Form.Item>
          <Form.Item name="summary" label="诉求" rules={[zodRule(fields.summary, '请填写诉求')]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item name="channel" label="受理渠道" rules={[zodRule(fields.channel)]}>
            <Radio.Group options={optionsOf(STAFF_CHANNELS, TICKET_CHANNEL_LABELS)} optionType="button" buttonStyle="solid" />
          </Form.Item>
          <FormActions submitText="受理" submitting={server.submitting}>
            <Button onClick={() => void navigate(-1)}>取消</Button>
          </FormActions>
        </Form>
      </Card>
    </PageContainer>
  );
}

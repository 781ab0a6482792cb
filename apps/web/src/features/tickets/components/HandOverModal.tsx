import { HandOverTicketBodySchema, type TicketWithChain } from '@jobcircle/domain';
import { App, Form, Input, Radio, Select } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { zodRule } from '../../../lib/form.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useHandOverTicket } from '../api/hand-over-ticket.ts';

interface Values {
  target: 'staff' | 'site';
  toStaffId?: string;
  toSiteId?: string;
  reason: string;
}

const fields = HandOverTicketBodySchema.shape;
const LABELS = { toStaffId: '接手人员', toSiteId: '接手站点', reason: '转交原因' };

/** Hands the ticket to a person (at their site) or to a site (any of its staff takes it up); the reason is required. */
export function HandOverModal({ ticket, onClose }: { ticket: TicketWithChain; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useHandOverTicket(ticket.id), labels: LABELS, fieldErrorCodes: ['VERSION_CONFLICT'] });
  const target = Form.useWatch('target', form) ?? 'staff';
  const staff = useStaffList({ pageSize: 100, isActive: true });
  const sites = useAllSites({ isActive: true });

  const onFinish = (values: Values) =>
    server.submit(
      {
        ...(values.target === 'staff' ? { toStaffId: values.toStaffId } : { toSiteId: values.toSiteId }),
        reason: values.reason,
        version: ticket.version,
      },
      (next) => {
        void message.success(`已转交给 ${next.ownerStaffName ?? next.siteName}`);
        onClose();
      },
    );

  return (
    <FormModal
      title={`转交受理单 ${ticket.receiptCode}`}
      okText="转交"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ target: 'staff' }}>
        <Form.Item name="target" label="转交给">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'staff', label: '工作人员' },
              { value: 'site', label: '站点（由该站点人员接手）' },
            ]}
          />
        </Form.Item>
        {target === 'staff' ? (
          <Form.Item name="toStaffId" label="接手人员" htmlFor="handover-staff" rules={[{ required: true, message: '请选择接手的人员' }]}>
            <Select
              id="handover-staff"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="输入姓名筛选"
              loading={staff.isPending}
              options={(staff.data?.items ?? [])
                .filter((person) => person.id !== ticket.ownerStaffId)
                .map((person) => ({ value: person.id, label: person.displayName }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="toSiteId" label="接手站点" htmlFor="handover-site" rules={[{ required: true, message: '请选择接手的站点' }]}>
            <Select
              id="handover-site"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="输入站点名称筛选"
              loading={sites.isPending}
              options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label="转交原因" rules={[zodRule(fields.reason, '请说明转交原因')]}>
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

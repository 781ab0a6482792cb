import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_SUBJECT_LABELS,
  COMPLAINT_SUBJECTS,
  type ComplaintCategory,
  type ComplaintSubject,
  CreateComplaintBodySchema,
  DEFAULT_COMPLAINT_WORKING_DAYS,
} from '@jobcircle/domain';
import { App, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { zodRule } from '../../../lib/form.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { optionsOf } from '../../../lib/service-item-options.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCreateComplaint } from '../api/create-complaint.ts';

interface Values {
  category?: ComplaintCategory;
  subject: ComplaintSubject;
  siteId?: string;
  staffId?: string | null;
  serviceRecordId?: string | null;
  residentId?: string | null;
  content: string;
  handlerStaffId?: string;
  deadlineWorkingDays?: number;
}

const fields = CreateComplaintBodySchema.shape;
const LABELS = {
  category: '投诉类别',
  subject: '投诉对象',
  siteId: '站点',
  staffId: '被投诉的工作人员',
  serviceRecordId: '服务记录编号',
  residentId: '投诉人',
  content: '投诉内容',
  handlerStaffId: '承办人',
  deadlineWorkingDays: '办理时限',
};

/** 登记投诉: what about, against whom, who handles it and by when. */
export function ComplaintFormModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useCreateComplaint(), labels: LABELS });
  const subject = Form.useWatch('subject', form) ?? 'site';
  const sites = useAllSites({ isActive: true });
  const staff = useStaffList({ pageSize: 100, isActive: true });
  const staffOptions = (staff.data?.items ?? []).map((person) => ({ value: person.id, label: person.displayName }));

  const onFinish = (values: Values) =>
    server.submit(
      {
        category: values.category ?? ('' as ComplaintCategory),
        subject: values.subject,
        siteId: values.siteId ?? '',
        staffId: values.subject === 'staff' ? (values.staffId ?? null) : null,
        serviceRecordId: values.subject === 'service' ? (values.serviceRecordId ?? null) : null,
        residentId: values.residentId ?? null,
        content: values.content,
        handlerStaffId: values.handlerStaffId ?? '',
        ...(values.deadlineWorkingDays ? { deadlineWorkingDays: values.deadlineWorkingDays } : {}),
      },
      (complaint) => {
        void message.success('投诉已登记');
        onClose();
        void navigate(`/complaints/${complaint.id}`);
      },
    );

  return (
    <FormModal
      title="登记投诉"
      okText="登记"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      width={640}
      {...server.banner}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ subject: 'site' }}>
        <Form.Item name="category" label="投诉类别" htmlFor="complaint-category" rules={[zodRule(fields.category, '请选择投诉类别')]}>
          <Select id="complaint-category" options={optionsOf(COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS)} />
        </Form.Item>
        <Form.Item name="subject" label="投诉对象" rules={[zodRule(fields.subject)]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={optionsOf(COMPLAINT_SUBJECTS, COMPLAINT_SUBJECT_LABELS)} />
        </Form.Item>
        <Form.Item name="siteId" label="站点" htmlFor="complaint-site" rules={[zodRule(fields.siteId, '请选择站点')]}>
          <Select
            id="complaint-site"
            showSearch={{ optionFilterProp: 'label' }}
            loading={sites.isPending}
            options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          />
        </Form.Item>
        {subject === 'staff' ? (
          <Form.Item
            name="staffId"
            label="被投诉的工作人员"
            htmlFor="complaint-staff"
            rules={[{ required: true, message: '请选择被投诉的工作人员' }]}
          >
            <Select id="complaint-staff" showSearch={{ optionFilterProp: 'label' }} options={staffOptions} />
          </Form.Item>
        ) : null}
        {subject === 'service' ? (
          <Form.Item
            name="serviceRecordId"
            label="服务记录编号"
            rules={[{ required: true, message: '请填写服务记录编号' }]}
            extra="服务台账中该条记录的编号"
          >
            <Input />
          </Form.Item>
        ) : null}
        <Form.Item
          name="residentId"
          label="投诉人"
          htmlFor="complaint-resident"
          extra="可不选（匿名投诉）"
          rules={[zodRule(fields.residentId)]}
        >
          <ResidentPicker id="complaint-resident" />
        </Form.Item>
        <Form.Item name="content" label="投诉内容" rules={[zodRule(fields.content, '请填写投诉内容')]}>
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="handlerStaffId"
          label="承办人"
          htmlFor="complaint-handler"
          rules={[zodRule(fields.handlerStaffId, '请选择承办人')]}
        >
          <Select id="complaint-handler" showSearch={{ optionFilterProp: 'label' }} options={staffOptions} />
        </Form.Item>
        <Form.Item
          name="deadlineWorkingDays"
          label="办理时限（工作日）"
          htmlFor="complaint-days"
          extra={`不填为 ${DEFAULT_COMPLAINT_WORKING_DAYS} 个工作日`}
          rules={[zodRule(fields.deadlineWorkingDays)]}
        >
          <InputNumber id="complaint-days" min={1} max={30} precision={0} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

import { type CreateJobBody, CreateJobBodySchema } from '@jobcircle/domain';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useCreateJob } from '../api/create-job.ts';
import { useEmployerChoices } from '../api/search-employers.ts';
import { wordingRule } from './JobForm.tsx';
import { OCCUPATION_OPTIONS } from './job-options.ts';

interface Values {
  employerId: string;
  siteId: string;
  title: string;
  description: string;
  occupationCode: string;
  address: string;
  date: dayjs.Dayjs;
  payYuan: number;
  payUnit: 'day' | 'hour';
  headcount: number;
  contactName: string;
  contactPhone: string;
}

const fields = CreateJobBodySchema.shape;

/** A day job posted in under a minute: what, where, when, pay per day or hour, how many. */
export function GigPostModal({ open, onClose, date }: { open: boolean; onClose: () => void; date: string }) {
  const me = useMe();
  const [q, setQ] = useState('');
  const employers = useEmployerChoices(q);
  const sites = useAllSites({ isActive: true });
  const create = useCreateJob();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const submit = (values: Values) => {
    const day = values.date.format('YYYY-MM-DD');
    const body: CreateJobBody = {
      employerId: values.employerId,
      siteId: values.siteId,
      kind: 'gig',
      occupationCode: values.occupationCode,
      title: values.title,
      description: values.description,
      headcount: values.headcount,
      payMinFen: Math.round(values.payYuan * 100),
      payMaxFen: Math.round(values.payYuan * 100),
      payUnit: values.payUnit,
      workHours: 'flexible',
      address: values.address,
      validFrom: day,
      validTo: day,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      source: 'employer',
      publish: true,
    };
    create.mutate(body, {
      onSuccess: () => {
        void message.success('已发布零工岗位');
        form.resetFields();
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED', 'JOB_WORDING_REFUSED')) applyFieldErrors(form, error);
        else void message.error(errorMessage(error));
      },
    });
  };

  return (
    <Modal
      open={open}
      title="快速发布零工"
      okText="发布"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ date: dayjs(date), payUnit: 'day', headcount: 1, siteId: me.siteId ?? undefined, occupationCode: '4-02-05-01' }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="employerId" label="用工单位" rules={[{ required: true, message: '请选择用工单位' }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setQ }}
                options={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
                placeholder="输入名称搜索"
                aria-label="用工单位"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="siteId" label="发布站点" rules={[{ required: true, message: '请选择站点' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                aria-label="发布站点"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="title" label="做什么" rules={[zodRule(fields.title, '请填写工作内容'), wordingRule('title')]}>
              <Input maxLength={60} placeholder="如：柑橘采摘" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="occupationCode" label="职业" rules={[{ required: true }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={OCCUPATION_OPTIONS} aria-label="职业" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label="说明" rules={[zodRule(fields.description, '请填写说明'), wordingRule('description')]}>
              <Input.TextArea rows={2} maxLength={500} placeholder="工作要求、集合时间等；不得收取押金、费用，不得扣押证件" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="address" label="在哪里" rules={[zodRule(fields.address, '请填写地点')]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="date" label="哪一天" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="headcount" label="要几人" rules={[{ required: true }]}>
              <InputNumber min={1} max={999} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="payYuan" label="报酬（元）" rules={[{ required: true, message: '请填写报酬' }]}>
              <InputNumber min={0} max={100_000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="payUnit" label="计薪">
              <Select
                options={[
                  { value: 'day', label: '元/天' },
                  { value: 'hour', label: '元/小时' },
                ]}
                aria-label="计薪"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="contactName" label="联系人" rules={[zodRule(fields.contactName, '请填写联系人')]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="contactPhone" label="联系电话" rules={[zodRule(fields.contactPhone, '请填写联系电话')]}>
              <Input maxLength={24} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

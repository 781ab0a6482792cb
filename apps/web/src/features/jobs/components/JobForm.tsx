import { CreateJobBodySchema, checkWording, type JobShape, jobIssues } from '@jobcircle/domain';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { RecordForm } from '../../../components/form/RecordForm.tsx';
import type { RecordFormProps } from '../../../components/form/record-form-props.ts';
import { issueRule, zodRule } from '../../../lib/form.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useEmployerChoices } from '../api/search-employers.ts';
import type { JobFormValues } from './job-form-values.ts';
import {
  AGE_REASON_OPTIONS,
  EDUCATION_OPTIONS,
  JOB_BENEFIT_OPTIONS,
  JOB_KIND_OPTIONS,
  JOB_SOURCE_OPTIONS,
  OCCUPATION_OPTIONS,
  PAY_UNIT_OPTIONS,
  WORK_HOURS_OPTIONS,
} from './job-options.ts';

const fields = CreateJobBodySchema.shape;

function shapeOf(values: Partial<JobFormValues>): JobShape {
  return {
    ...values,
    payMinFen: values.payMinYuan == null ? null : Math.round(values.payMinYuan * 100),
    payMaxFen: values.payMaxYuan == null ? null : Math.round(values.payMaxYuan * 100),
  };
}
const jobRule = (path: string) => issueRule<JobFormValues>(path, (values) => jobIssues(shapeOf(values)));

/**
 * The wording check (packages/domain/src/job-wording.ts), live on the field as the user types: the
 * same rule the API refuses with, so nothing the form accepts is refused on saving.
 */
export function wordingRule(field: string): Rule {
  return {
    validator: (_rule, value: unknown) => {
      const text = Array.isArray(value) ? value.join('，') : typeof value === 'string' ? value : '';
      const findings = checkWording(field, text);
      if (findings.length === 0) return Promise.resolve();
      const message = findings.map((f) => `含有不当用语 ${f.words.map((w) => `“${w}”`).join('、')}：${f.reason}`).join('；');
      return Promise.reject(new Error(message));
    },
  };
}

const dateProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** In edit mode the stored number is not sent back (the API answers it masked): left empty, it stays. */
const KEEP_PHONE_RULE: Rule = {
  validator: (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return Promise.resolve();
    const result = fields.contactPhone.safeParse(value);
    return result.success ? Promise.resolve() : Promise.reject(new Error(result.error.issues[0]?.message ?? '格式不正确'));
  },
};

export function JobForm({
  form,
  mode,
  initialValues,
  onSubmit,
  submitting,
  banner,
  actions,
  contactPhoneMasked,
}: RecordFormProps<JobFormValues> & { contactPhoneMasked?: string }) {
  const [employerQuery, setEmployerQuery] = useState('');
  const employers = useEmployerChoices(employerQuery);
  const sites = useAllSites({ isActive: true });
  const ageMin = Form.useWatch('ageMin', form);
  const ageMax = Form.useWatch('ageMax', form);
  const hasAge = ageMin != null || ageMax != null;

  return (
    <RecordForm<JobFormValues> form={form} initialValues={initialValues} onSubmit={onSubmit} banner={banner}>
      <Alert
        type="info"
        showIcon
        className="form-banner"
        title="招聘信息不得含有性别、民族、户籍、婚育、年龄、健康、残疾等歧视性要求，不得收取押金或扣押证件。"
        description="系统会在您输入时逐项检查，并指出不当用语和法律依据。年龄要求只能在下方“年龄范围”中填写并注明合法理由。"
      />
      <FormSection title="岗位与单位">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="employerId" label="用人单位" rules={[{ required: true, message: '请选择用人单位' }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setEmployerQuery }}
                placeholder="输入单位名称搜索"
                loading={employers.isFetching}
                disabled={mode === 'edit'}
                options={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
                aria-label="用人单位"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="siteId"
              label="募集站点"
              rules={[{ required: true, message: '请选择募集站点' }]}
              extra="公开岗位上显示该站点的地址和电话。"
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择站点"
                loading={sites.isPending}
                options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                aria-label="募集站点"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="kind" label="岗位类型" rules={[zodRule(fields.kind)]}>
              <Radio.Group options={JOB_KIND_OPTIONS} optionType="button" buttonStyle="solid" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="title" label="岗位名称" rules={[zodRule(fields.title, '请填写岗位名称'), wordingRule('title')]} validateFirst>
              <Input maxLength={60} showCount placeholder="如：民宿客房服务员" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="occupationCode" label="职业（职业分类大典）" rules={[{ required: true, message: '请选择职业' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={OCCUPATION_OPTIONS}
                placeholder="输入名称或代码"
                aria-label="职业"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="description"
              label="岗位描述"
              rules={[zodRule(fields.description, '请填写岗位描述'), wordingRule('description')]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount placeholder="工作内容、工作环境等" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>
      <FormSection title="任职要求">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="educationMin" label="最低学历">
              <Select allowClear options={EDUCATION_OPTIONS} placeholder="不限" aria-label="最低学历" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="experienceYears" label="工作经验（年）">
              <InputNumber min={0} max={40} placeholder="不限" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="skills" label="技能要求" rules={[wordingRule('skills')]}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder="输入后回车" aria-label="技能要求" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="certificates" label="证书要求" rules={[wordingRule('certificates')]}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder="如：健康证、电工证" aria-label="证书要求" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="requirementsNote" label="其他要求" rules={[wordingRule('requirementsNote')]}>
              <Input maxLength={500} placeholder="不得含年龄、性别、户籍、婚育等要求" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ageMin" label="最低年龄" rules={[jobRule('ageMin')]} dependencies={['ageReason']}>
              <InputNumber min={16} max={70} placeholder="不限" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ageMax" label="最高年龄" rules={[jobRule('ageMax')]} dependencies={['ageMin']}>
              <InputNumber min={16} max={70} placeholder="不限" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="ageReason"
              label="年龄要求的合法理由"
              rules={[jobRule('ageReason')]}
              dependencies={['ageMin', 'ageMax']}
              required={hasAge}
              extra="只有法定理由才能设置年龄范围，并会在岗位上注明。"
            >
              <Select allowClear options={AGE_REASON_OPTIONS} placeholder="无年龄要求时不填" aria-label="年龄要求的合法理由" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>
      <FormSection title="待遇与工作时间">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="headcount" label="招聘人数" rules={[zodRule(fields.headcount)]}>
              <InputNumber min={1} max={999} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="payMinYuan" label="最低薪酬（元）" rules={[{ required: true, message: '请填写薪酬' }]}>
              <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="payMaxYuan" label="最高薪酬（元）" rules={[jobRule('payMaxFen')]} dependencies={['payMinYuan']}>
              <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="payUnit" label="计薪单位" rules={[zodRule(fields.payUnit)]}>
              <Select options={PAY_UNIT_OPTIONS} aria-label="计薪单位" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="workHours" label="工时" rules={[zodRule(fields.workHours)]}>
              <Select options={WORK_HOURS_OPTIONS} aria-label="工时" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="dailyHours" label="每日工作时间" rules={[wordingRule('dailyHours')]}>
              <Input maxLength={60} placeholder="如：08:00–17:00" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="shifts" label="班次" rules={[wordingRule('shifts')]}>
              <Input maxLength={60} placeholder="如：两班倒" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="workDays" label="工作日" rules={[wordingRule('workDays')]}>
              <Input maxLength={60} placeholder="如：周一至周五" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="benefits" label="福利">
              <Select mode="multiple" options={JOB_BENEFIT_OPTIONS} aria-label="福利" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>
      <FormSection title="地点、有效期与联系人">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="address" label="工作地点" rules={[zodRule(fields.address, '请填写工作地点')]}>
              <Input maxLength={200} placeholder="如：城桥镇某某路 8 号" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="validFrom" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]} {...dateProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="validTo"
              label="截止日期"
              rules={[{ required: true, message: '请选择截止日期' }, jobRule('validTo')]}
              dependencies={['validFrom']}
              {...dateProps}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="contactName" label="单位联系人" rules={[zodRule(fields.contactName, '请填写联系人')]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="contactPhone"
              label="联系电话"
              rules={mode === 'edit' ? [KEEP_PHONE_RULE] : [zodRule(fields.contactPhone, '请填写联系电话')]}
              extra={
                mode === 'edit'
                  ? `现为 ${contactPhoneMasked ?? '—'}；留空则不修改。仅工作人员可见（脱敏）。`
                  : '仅工作人员可见（脱敏），公开岗位显示募集站点的电话。'
              }
            >
              <Input maxLength={24} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="source" label="来源" rules={[zodRule(fields.source)]}>
              <Radio.Group options={JOB_SOURCE_OPTIONS} />
            </Form.Item>
          </Col>
          {mode === 'create' ? (
            <Col xs={24} md={12}>
              <Form.Item name="publish" label="保存后立即发布" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </FormSection>
      <FormActions submitText={mode === 'create' ? '保存岗位' : '保存修改'} submitting={submitting}>
        {actions}
      </FormActions>
    </RecordForm>
  );
}

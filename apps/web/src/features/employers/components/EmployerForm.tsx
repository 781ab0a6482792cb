import {
  CreateEmployerBodySchema,
  type EmployerKind,
  employerIssues,
  type IndustryDivisionCode,
  industrySectionOf,
  parseCreditCode,
} from '@jobcircle/domain';
import { Cascader, Col, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import { CoordinateFields } from '../../../components/form/CoordinateFields.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { RecordForm } from '../../../components/form/RecordForm.tsx';
import type { RecordFormProps } from '../../../components/form/record-form-props.ts';
import { TownVillageFields } from '../../../components/form/TownVillageFields.tsx';
import { EMPLOYER_COLOR } from '../../../lib/colors.ts';
import { issueRule, zodRule } from '../../../lib/form.ts';
import { type EmployerFormValues, employerIssueInput } from './employer-form-values.ts';
import { EMPLOYER_KIND_OPTIONS, INDUSTRY_CASCADER_OPTIONS } from './employer-options.ts';

/** What a valid credit code says about its holder: "机构类别：个体工商户（92）". */
function creditCodeHint(value: string | null | undefined, kind: EmployerKind | undefined): string {
  const parsed = value?.trim() ? parseCreditCode(value) : null;
  if (parsed?.ok) {
    const type = parsed.value.typeLabel ? `${parsed.value.typeLabel}（${parsed.value.typeCode}）` : parsed.value.typeCode;
    return `校验通过。机构类别：${type}`;
  }
  return kind === 'sole_proprietor' ? '18 位，见营业执照；个体工商户没有代码的可不填。' : '18 位，见营业执照或登记证书。';
}

const fields = CreateEmployerBodySchema.shape;
const employerRule = (path: string) => issueRule<EmployerFormValues>(path, (values) => employerIssues(employerIssueInput(values)));

export function EmployerForm({ form, mode, initialValues, onSubmit, submitting, banner, actions }: RecordFormProps<EmployerFormValues>) {
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const townCode = Form.useWatch('townCode', form) ?? initialValues.townCode;
  const creditCode = Form.useWatch('creditCode', form);
  const name = Form.useWatch('name', form) ?? '';

  const creditCodeOptional = kind === 'sole_proprietor';

  return (
    <RecordForm<EmployerFormValues>
      form={form}
      initialValues={initialValues}
      onSubmit={onSubmit}
      banner={banner}
      onValuesChange={(changed: Partial<EmployerFormValues>) => {
        if ('townCode' in changed) form.setFieldsValue({ villageCode: undefined });
        if ('kind' in changed && form.isFieldTouched('creditCode')) void form.validateFields(['creditCode']);
      }}
    >
      <FormSection title="基本信息">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="kind" label="单位类型" rules={[zodRule(fields.kind, '请选择单位类型')]}>
              <Radio.Group options={EMPLOYER_KIND_OPTIONS} optionType="button" buttonStyle="solid" className="kind-radio" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label="单位名称"
              rules={[zodRule(fields.name, '请填写单位名称')]}
              extra="与营业执照或登记证书上的名称一致。"
            >
              <Input maxLength={100} showCount placeholder="如：上海崇明某某民宿" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={creditCodeOptional ? '统一社会信用代码（可不填）' : '统一社会信用代码'}
              rules={[zodRule(fields.creditCode), employerRule('creditCode')]}
              dependencies={['kind']}
              required={!creditCodeOptional}
              normalize={(value: string) => value.toUpperCase()}
              extra={creditCodeHint(creditCode, kind)}
            >
              <Input maxLength={24} autoComplete="off" placeholder="如：91310151MA1K123452" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="industryDivision"
              label="所属行业（门类 / 大类）"
              rules={[zodRule(fields.industryDivision, '请选择所属行业')]}
              getValueProps={(division: IndustryDivisionCode | undefined) => ({
                value: division ? [industrySectionOf(division), division] : undefined,
              })}
              normalize={(path: string[] | undefined) => path?.[1]}
              extra="按《国民经济行业分类》（GB/T 4754-2017），可输入名称或代码搜索。"
            >
              <Cascader
                options={INDUSTRY_CASCADER_OPTIONS}
                showSearch
                placeholder="请选择门类和大类"
                expandTrigger="click"
                optionRender={(option) => <span style={{ whiteSpace: 'normal' }}>{option.label}</span>}
                styles={{ popup: { list: { maxWidth: 'min(320px, 46vw)' } } }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="employeeCount" label="职工人数（可不填）" rules={[zodRule(fields.employeeCount)]}>
              <InputNumber<number> style={{ width: '100%' }} min={0} precision={0} placeholder="如：25" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="isKeyEmployer" label="重点企业" valuePropName="checked" extra="重点联系、优先走访的单位。">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>

      <FormSection title="所在区域与地址">
        <Row gutter={16}>
          <TownVillageFields
            townCode={townCode}
            recordTownCode={initialValues.townCode}
            townRules={[zodRule(fields.townCode, '请选择所属乡镇')]}
            village={{ label: '所属村居（可不填）', rules: [zodRule(fields.villageCode)] }}
          />
        </Row>
        <CoordinateFields
          form={form}
          rules={{
            address: [zodRule(fields.address, '请填写地址')],
            lng: [zodRule(fields.lng), employerRule('lng')],
            lat: [zodRule(fields.lat), employerRule('lat')],
          }}
          hint="坐标可不填。可直接输入经纬度，或在下方地图上点击单位位置。"
          mapLabel="在地图上点击以选择单位位置"
          noun="单位"
          marker={{ name: name || '单位位置', color: EMPLOYER_COLOR, radius: 9, legend: '用人单位' }}
          alwaysShowLegend
        />
      </FormSection>

      <FormActions submitText={mode === 'create' ? '登记单位' : '保存修改'} submitting={submitting}>
        {actions}
      </FormActions>
    </RecordForm>
  );
}

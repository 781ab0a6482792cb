import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CertificateSchema,
  CreateResidentBodySchema,
  JobIntentionSchema,
  KeyGroupMembershipSchema,
  parseIdNumber,
  SEX_LABELS,
  shanghaiToday,
} from '@jobcircle/domain';
import { Button, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, type SelectProps, Switch } from 'antd';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { RecordForm } from '../../../components/form/RecordForm.tsx';
import type { RecordFormProps } from '../../../components/form/record-form-props.ts';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { dateFieldProps, refinementRule, yuanFieldProps, zodRule } from '../../../lib/form.ts';
import { useRegionTree } from '../../../lib/queries/region-tree.ts';
import { findRegion } from '../../../lib/regions.ts';
import type { ResidentFormValues } from './resident-form-values.ts';
import {
  CONSENT_CHANNEL_OPTIONS,
  EDUCATION_OPTIONS,
  EMPLOYMENT_STATUS_OPTIONS,
  HARDSHIP_CATEGORY_OPTIONS,
  HUKOU_TYPE_OPTIONS,
  KEY_GROUP_OPTIONS,
  OCCUPATION_OPTIONS,
  TRAVEL_MODE_OPTIONS,
  WORK_HOURS_OPTIONS,
} from './resident-options.ts';

const fields = CreateResidentBodySchema.shape;
const membership = KeyGroupMembershipSchema.shape;
const intention = JobIntentionSchema.shape;
const certificate = CertificateSchema.shape;

/** What a valid ID number says: birth date and sex (shown as soon as the number is valid). */
function idNumberHint(value: string | undefined): string {
  if (!value) return '18 位，末位可为 X；15 位旧号码会自动转换。';
  const result = parseIdNumber(value);
  if (!result.ok) return '18 位，末位可为 X；15 位旧号码会自动转换。';
  return `出生日期：${result.value.birthDate}，性别：${SEX_LABELS[result.value.sex]}`;
}

/** Up to five occupations of the national classification, found by name or code (Form.Item gives value and onChange). */
function OccupationsSelect(props: SelectProps<string[]>) {
  return (
    <Select
      mode="multiple"
      maxCount={5}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="输入职业名称或代码"
      options={OCCUPATION_OPTIONS}
      {...props}
    />
  );
}

interface ResidentFormProps extends RecordFormProps<ResidentFormValues> {
  /** Edit mode: the masked ID number and mobile on file (they are not edited here). */
  masked?: { idNumber: string; mobile: string | null };
}

export function ResidentForm({ form, mode, initialValues, onSubmit, submitting, masked, banner, actions }: ResidentFormProps) {
  const { data: tree } = useRegionTree();
  const idNumber = Form.useWatch('idNumber', form);
  const villageCode = Form.useWatch('villageCode', form) ?? initialValues.villageCode;
  const hasIntention = Form.useWatch('hasIntention', form) ?? initialValues.hasIntention;
  const keyGroups = Form.useWatch('keyGroups', form) ?? initialValues.keyGroups ?? [];
  const grids = (findRegion(tree, villageCode)?.children ?? []).filter((node) => node.level === 'grid');
  const sensitive = initialValues.hasDisability !== undefined;

  return (
    <RecordForm<ResidentFormValues>
      form={form}
      initialValues={initialValues}
      onSubmit={onSubmit}
      banner={banner}
      onValuesChange={(changed: Partial<ResidentFormValues>) => {
        if ('villageCode' in changed) form.setFieldsValue({ gridCode: null });
      }}
    >
      <FormSection title="基本信息">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {mode === 'create' ? (
              <Form.Item
                name="idNumber"
                label="身份证号"
                rules={[zodRule(fields.idNumber, '请填写身份证号')]}
                validateDebounce={400}
                extra={idNumberHint(idNumber)}
              >
                <Input maxLength={20} autoComplete="off" spellCheck={false} placeholder="如：310230199001011234" />
              </Form.Item>
            ) : (
              <Form.Item label="身份证号（不可修改）" htmlFor="resident-id-masked">
                <Input id="resident-id-masked" value={masked?.idNumber} disabled />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label="姓名" rules={[zodRule(fields.name, '请填写姓名')]}>
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="mobile"
              label={mode === 'create' ? '手机号（可不填）' : '新手机号（不改则留空）'}
              rules={[zodRule(fields.mobile)]}
              validateDebounce={400}
              extra={mode === 'edit' && masked ? `现登记：${masked.mobile ?? '未登记'}` : undefined}
            >
              <Input inputMode="tel" maxLength={20} autoComplete="off" placeholder="如：13912345678" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hukouType" label="户籍类型" rules={[zodRule(fields.hukouType, '请选择户籍类型')]}>
              <Select options={HUKOU_TYPE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="education" label="学历" rules={[zodRule(fields.education, '请选择学历')]}>
              <Select options={EDUCATION_OPTIONS} />
            </Form.Item>
          </Col>
          {mode === 'create' ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="employmentStatus"
                label="就业状态"
                rules={[zodRule(CreateResidentBodySchema.shape.employmentStatus, '请选择就业状态')]}
              >
                <Select options={EMPLOYMENT_STATUS_OPTIONS} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </FormSection>

      <FormSection title="居住地">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="villageCode" label="所在村居" rules={[zodRule(fields.villageCode, '请选择所在村居')]}>
              <RegionPicker levels={['village']} placeholder="请选择村居" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="gridCode" label="所在网格（可不填）" rules={[zodRule(fields.gridCode)]}>
              <Select
                allowClear
                disabled={grids.length === 0}
                placeholder={villageCode ? (grids.length === 0 ? '此村居尚未划分网格' : '请选择网格') : '请先选择村居'}
                options={grids.map((grid) => ({ value: grid.code, label: grid.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label="居住地址" rules={[zodRule(fields.address, '请填写居住地址')]}>
              <Input maxLength={200} placeholder="如：崇明区城桥镇南门路 100 弄 1 号 101 室" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>

      <FormSection title="职业与技能">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="occupations" label="从事过的职业（最多 5 个）" rules={[zodRule(fields.occupations)]}>
              <OccupationsSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="skills" label="技能特长（输入后回车，可多个）" rules={[zodRule(fields.skills)]}>
              <Select mode="tags" maxCount={20} open={false} suffixIcon={null} placeholder="如：电工、叉车、育婴" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="certificates">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <Row key={item.key} gutter={12} align="bottom">
                  <Col xs={24} sm={9}>
                    <Form.Item
                      name={[item.name, 'name']}
                      label={`证书 ${index + 1}：名称`}
                      rules={[zodRule(certificate.name, '请填写证书名称')]}
                    >
                      <Input maxLength={60} placeholder="如：电工证" />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={5}>
                    <Form.Item name={[item.name, 'level']} label="等级" rules={[zodRule(certificate.level)]}>
                      <Input maxLength={20} placeholder="如：四级" />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={7}>
                    <Form.Item name={[item.name, 'number']} label="证书编号" rules={[zodRule(certificate.number)]}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={3}>
                    <Form.Item>
                      <Button icon={<DeleteOutlined />} danger aria-label={`删除证书 ${index + 1}`} onClick={() => remove(item.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })} disabled={items.length >= 10}>
                添加证书
              </Button>
            </>
          )}
        </Form.List>
      </FormSection>

      <FormSection title="重点群体">
        <Form.List name="keyGroups">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => {
                const group = keyGroups[item.name]?.group;
                const path = ['keyGroups', item.name];
                return (
                  <fieldset key={item.key} className="item-module">
                    <legend>重点群体 {index + 1}</legend>
                    <Row gutter={12}>
                      <Col xs={24} sm={12} lg={8}>
                        <Form.Item name={[item.name, 'group']} label="类别" rules={[zodRule(membership.group, '请选择重点群体类别')]}>
                          <Select options={KEY_GROUP_OPTIONS} placeholder="请选择" />
                        </Form.Item>
                      </Col>
                      {group === 'hardship' ? (
                        <Col xs={24} sm={12} lg={8}>
                          <Form.Item
                            name={[item.name, 'hardshipCategory']}
                            label="就业困难人员类别"
                            required
                            dependencies={[[...path, 'group']]}
                            rules={[refinementRule(KeyGroupMembershipSchema, path, 'hardshipCategory')]}
                          >
                            <Select options={HARDSHIP_CATEGORY_OPTIONS} placeholder="请选择" />
                          </Form.Item>
                        </Col>
                      ) : null}
                      <Col xs={24} sm={12} lg={8}>
                        <Form.Item name={[item.name, 'source']} label="认定依据" rules={[zodRule(membership.source, '请填写认定依据')]}>
                          <Input maxLength={100} placeholder="如：就业困难人员认定证明、民政名单、走访核实" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={12} lg={8}>
                        <Form.Item
                          name={[item.name, 'validFrom']}
                          label="生效日期"
                          rules={[zodRule(membership.validFrom, '请选择生效日期')]}
                          {...dateFieldProps}
                        >
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={12} lg={8}>
                        <Form.Item
                          name={[item.name, 'validTo']}
                          label="失效日期（可不填）"
                          dependencies={[[...path, 'validFrom']]}
                          rules={[zodRule(membership.validTo), refinementRule(KeyGroupMembershipSchema, path, 'validTo')]}
                          {...dateFieldProps}
                        >
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={12} lg={8}>
                        <Form.Item
                          name={[item.name, 'certifyingOrg']}
                          label="认定机构（可不填）"
                          rules={[zodRule(membership.certifyingOrg)]}
                        >
                          <Input maxLength={100} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Button icon={<DeleteOutlined />} danger onClick={() => remove(item.name)} style={{ marginBottom: 12 }}>
                      删除重点群体 {index + 1}
                    </Button>
                  </fieldset>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add({ source: '', validFrom: shanghaiToday() })} disabled={items.length >= 10}>
                添加重点群体
              </Button>
            </>
          )}
        </Form.List>
      </FormSection>

      <FormSection title="求职意向">
        <Form.Item name="hasIntention" label="有求职意向" valuePropName="checked">
          <Switch checkedChildren="有" unCheckedChildren="无" />
        </Form.Item>
        {hasIntention ? (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['jobIntention', 'occupations']} label="意向职业（最多 5 个）" rules={[zodRule(intention.occupations)]}>
                <OccupationsSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['jobIntention', 'places']}
                label="意向工作地点（输入后回车，最多 5 个）"
                rules={[zodRule(intention.places)]}
              >
                <Select mode="tags" maxCount={5} open={false} suffixIcon={null} placeholder="如：城桥镇、长兴岛" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['jobIntention', 'payMinFen']}
                label="期望月薪下限（元）"
                rules={[zodRule(intention.payMinFen)]}
                {...yuanFieldProps}
              >
                <InputNumber<number> min={0} max={100000} precision={0} step={500} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['jobIntention', 'payMaxFen']}
                label="期望月薪上限（元）"
                dependencies={[['jobIntention', 'payMinFen']]}
                rules={[zodRule(intention.payMaxFen), refinementRule(JobIntentionSchema, ['jobIntention'], 'payMaxFen')]}
                {...yuanFieldProps}
              >
                <InputNumber<number> min={0} max={100000} precision={0} step={500} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['jobIntention', 'hours']} label="工作时间" rules={[zodRule(intention.hours, '请选择工作时间')]}>
                <Select options={WORK_HOURS_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['jobIntention', 'maxCommuteMinutes']}
                label="可接受通勤（分钟）"
                rules={[zodRule(intention.maxCommuteMinutes)]}
              >
                <InputNumber<number> min={5} max={180} precision={0} step={5} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['jobIntention', 'travelMode']}
                label="通勤方式（可不填）"
                rules={[zodRule(intention.travelMode)]}
                extra="用于估算通勤时间；不填按电动自行车估算"
              >
                <Select allowClear options={TRAVEL_MODE_OPTIONS} placeholder="请选择" />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
      </FormSection>

      {mode === 'create' || sensitive ? (
        <FormSection title="健康与残疾（敏感信息，仅授权人员可见）">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="hasDisability" label="持有残疾人证" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="healthNote" label="健康状况说明（可不填）" rules={[zodRule(fields.healthNote)]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
      ) : null}

      <FormSection title="个人信息使用同意">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="consentChannel"
              label="同意方式"
              rules={[zodRule(fields.consentChannel, '请选择本人同意的方式')]}
              extra="依《个人信息保护法》，登记前须取得本人同意。"
            >
              <Radio.Group options={CONSENT_CHANNEL_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="consentDate" label="同意日期" rules={[zodRule(fields.consentDate, '请选择同意日期')]} {...dateFieldProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>

      <FormActions submitText={mode === 'create' ? '登记' : '保存修改'} submitting={submitting}>
        {actions}
      </FormActions>
    </RecordForm>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  BASIC_SERVICE_ITEM_NOS,
  CreateSiteBodySchema,
  OpeningPeriodSchema,
  OUTPOST_SETTING_LABELS,
  OUTPOST_SETTINGS,
  SERVICE_ITEM_KIND_LABELS,
  SERVICE_ITEMS,
  SERVICE_MODULE_LABELS,
  SERVICE_MODULES,
  SITE_KIND_LABELS,
  SITE_ZONE_LABELS,
  SITE_ZONES,
  type SiteZone,
  siteIssues,
  sitePublicName,
  WEEKDAY_LABELS,
} from '@jobcircle/domain';
import { Button, Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Tag } from 'antd';
import { CoordinateFields } from '../../../components/form/CoordinateFields.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { RecordForm } from '../../../components/form/RecordForm.tsx';
import type { RecordFormProps } from '../../../components/form/record-form-props.ts';
import { TownVillageFields } from '../../../components/form/TownVillageFields.tsx';
import { SITE_MARKER_RADIUS } from '../../../components/map/SiteMap.tsx';
import { SITE_KIND_COLORS } from '../../../lib/colors.ts';
import { issueRule, zodRule } from '../../../lib/form.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { type SiteFormValues, siteIssueInput } from './site-form-values.ts';
import { SITE_KIND_OPTIONS } from './site-options.ts';

const fields = CreateSiteBodySchema.shape;
const siteRule = (path: string) => issueRule<SiteFormValues>(path, (values) => siteIssues(siteIssueInput(values)));
const DAY_OPTIONS = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: day, label: WEEKDAY_LABELS[day] }));

export function SiteForm({ form, mode, initialValues, onSubmit, submitting, banner, actions }: RecordFormProps<SiteFormValues>) {
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const townCode = Form.useWatch('townCode', form) ?? initialValues.townCode;
  const name = Form.useWatch('name', form) ?? '';
  const stations = useAllSites(
    { kind: 'station', townCode, isActive: true },
    Boolean(townCode) && (kind === 'substation' || kind === 'point'),
  );

  return (
    <RecordForm<SiteFormValues>
      form={form}
      initialValues={initialValues}
      onSubmit={onSubmit}
      banner={banner}
      className="site-form"
      onValuesChange={(changed: Partial<SiteFormValues>) => {
        if ('townCode' in changed) form.setFieldsValue({ villageCode: undefined, parentSiteId: undefined });
        if ('kind' in changed && changed.kind === 'station') {
          const zones = new Set([...(form.getFieldValue('zones') as SiteZone[]), 'reception', 'self_service'] as SiteZone[]);
          form.setFieldsValue({ zones: SITE_ZONES.filter((z) => zones.has(z)) });
        }
        if (
          'kind' in changed ||
          'serviceItems' in changed ||
          'zones' in changed ||
          'villageCode' in changed ||
          'outpostSetting' in changed
        ) {
          void form.validateFields(
            (['serviceItems', 'zones', 'villageCode', 'outpostSetting'] as const).filter((f) => form.isFieldTouched(f)),
          );
        }
      }}
    >
      <FormSection title="基本信息">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="kind" label="站点类型" rules={[zodRule(fields.kind, '请选择站点类型')]}>
              {mode === 'create' ? (
                <Radio.Group options={SITE_KIND_OPTIONS} optionType="button" buttonStyle="solid" className="kind-radio" />
              ) : (
                <Select options={SITE_KIND_OPTIONS} disabled />
              )}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label="站点名称"
              rules={[zodRule(fields.name, '请填写站点名称')]}
              extra={name.trim() ? `对外名称：${sitePublicName(name.trim())}` : '对外名称会自动冠以“15分钟就业服务圈·崇心乐业”'}
            >
              <Input maxLength={60} showCount placeholder="如：城桥镇鼓浪屿村就业服务点" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="managingUnit" label="管理单位" rules={[zodRule(fields.managingUnit, '请填写管理单位')]}>
              <Input maxLength={100} placeholder="如：城桥镇社区事务受理服务中心" />
            </Form.Item>
          </Col>
          <TownVillageFields
            townCode={townCode}
            recordTownCode={initialValues.townCode}
            townRules={[zodRule(fields.townCode, '请选择所属乡镇')]}
            village={
              kind === 'station'
                ? null
                : {
                    label: kind === 'point' ? '所属村居' : '所属村居（可不填）',
                    rules: [zodRule(fields.villageCode), siteRule('villageCode')],
                    dependencies: ['kind'],
                    required: kind === 'point',
                  }
            }
          />
          {kind === 'substation' || kind === 'point' ? (
            <Col xs={24} md={12}>
              <Form.Item name="parentSiteId" label="上级服务站" rules={[zodRule(fields.parentSiteId)]}>
                <Select
                  allowClear
                  placeholder={townCode ? '请选择本镇的服务站' : '请先选择乡镇'}
                  disabled={!townCode}
                  loading={stations.isFetching}
                  options={(stations.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          {kind === 'outpost' ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="outpostSetting"
                label="所在场景"
                rules={[zodRule(fields.outpostSetting), siteRule('outpostSetting')]}
                dependencies={['kind']}
                required
              >
                <Select
                  placeholder="请选择场景"
                  options={OUTPOST_SETTINGS.map((setting) => ({ value: setting, label: OUTPOST_SETTING_LABELS[setting] }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label="联系电话（可不填）" rules={[zodRule(fields.contactPhone)]}>
              <Input inputMode="tel" maxLength={20} placeholder="如：021-59611234" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>

      <FormSection title="地址与位置">
        <CoordinateFields
          form={form}
          rules={{
            address: [zodRule(fields.address, '请填写地址')],
            lng: [zodRule(fields.lng), siteRule('lng')],
            lat: [zodRule(fields.lat), siteRule('lat')],
          }}
          hint="可直接输入经纬度，或在下方地图上点击站点位置。"
          mapLabel="在地图上点击以选择站点位置"
          noun="站点"
          marker={{
            name: name || '站点位置',
            color: SITE_KIND_COLORS[kind ?? 'point'],
            radius: SITE_MARKER_RADIUS[kind ?? 'point'],
            legend: SITE_KIND_LABELS[kind ?? 'point'],
          }}
        />
      </FormSection>

      <FormSection title="开放时间与功能分区">
        <Form.List name={['openingHours', 'periods']}>
          {(periods, { add, remove }) => (
            <>
              {periods.map((period, index) => (
                <Row key={period.key} gutter={12} align="bottom" className="period-row">
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[period.name, 'day']}
                      label={`第 ${index + 1} 段：星期`}
                      rules={[zodRule(OpeningPeriodSchema.shape.day, '请选择星期')]}
                    >
                      <Select options={DAY_OPTIONS} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={6}>
                    <Form.Item
                      name={[period.name, 'open']}
                      label="开始"
                      rules={[zodRule(OpeningPeriodSchema.shape.open, '请填写开始时间')]}
                    >
                      <Input placeholder="09:00" maxLength={5} inputMode="numeric" />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={6}>
                    <Form.Item
                      name={[period.name, 'close']}
                      label="结束"
                      dependencies={[['openingHours', 'periods', period.name, 'open']]}
                      rules={[
                        zodRule(OpeningPeriodSchema.shape.close, '请填写结束时间'),
                        ({ getFieldValue }) => ({
                          validator: (_rule, close: string | undefined) => {
                            const open = getFieldValue(['openingHours', 'periods', period.name, 'open']) as string | undefined;
                            return !open || !close || open < close
                              ? Promise.resolve()
                              : Promise.reject(new Error('结束时间应晚于开始时间'));
                          },
                        }),
                      ]}
                    >
                      <Input placeholder="17:00" maxLength={5} inputMode="numeric" />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={4}>
                    <Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`删除第 ${index + 1} 段开放时间`}
                        onClick={() => remove(period.name)}
                        danger
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Flex gap="small" wrap style={{ marginBottom: 16 }}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ day: 1, open: '09:00', close: '17:00' })}
                  disabled={periods.length >= 21}
                >
                  添加时段
                </Button>
                <Button
                  onClick={() =>
                    form.setFieldValue(
                      ['openingHours', 'periods'],
                      [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '17:00' })),
                    )
                  }
                >
                  设为工作日 9:00–17:00
                </Button>
              </Flex>
            </>
          )}
        </Form.List>
        <Form.Item name={['openingHours', 'note']} label="开放时间说明（可不填）" rules={[zodRule(fields.openingHours.shape.note)]}>
          <Input maxLength={200} placeholder="如：法定节假日休息；农忙时节可预约上门服务" />
        </Form.Item>
        <Form.Item
          name="zones"
          label="功能分区"
          rules={[siteRule('zones')]}
          dependencies={['kind']}
          extra="服务站、分站应设置指导接待区和自助服务区，综合活动区可选。"
        >
          <Checkbox.Group options={SITE_ZONES.map((zone) => ({ value: zone, label: SITE_ZONE_LABELS[zone] }))} />
        </Form.Item>
      </FormSection>

      <FormSection title="提供的服务事项">
        <Form.Item
          name="serviceItems"
          label="服务事项（共 25 项）"
          rules={[siteRule('serviceItems')]}
          dependencies={['kind']}
          extra={kind === 'station' ? '乡镇就业服务站必须提供全部基础功能事项。' : '标“基础”的为基础功能事项。'}
        >
          <Checkbox.Group className="item-checkboxes">
            {SERVICE_MODULES.map((module) => (
              <fieldset key={module} className="item-module">
                <legend>{SERVICE_MODULE_LABELS[module]}</legend>
                {SERVICE_ITEMS.filter((item) => item.module === module).map((item) => (
                  <Checkbox key={item.no} value={item.no} className="item-checkbox">
                    {item.no}. {item.text.replace(/。$/, '')}{' '}
                    {item.kind === 'basic' ? <Tag color="processing">{SERVICE_ITEM_KIND_LABELS.basic}</Tag> : null}
                  </Checkbox>
                ))}
              </fieldset>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Flex gap="small" wrap>
          <Button
            onClick={() => {
              const current = new Set<number>((form.getFieldValue('serviceItems') as number[] | undefined) ?? []);
              for (const no of BASIC_SERVICE_ITEM_NOS) current.add(no);
              form.setFieldValue(
                'serviceItems',
                [...current].sort((a, b) => a - b),
              );
              void form.validateFields(['serviceItems']);
            }}
          >
            选中全部基础事项
          </Button>
        </Flex>
      </FormSection>

      <FormActions submitText={mode === 'create' ? '创建站点' : '保存修改'} submitting={submitting}>
        {actions}
      </FormActions>
    </RecordForm>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CONDITION_FACT_LABELS,
  CONDITION_FACTS,
  describeCondition,
  EMPLOYMENT_STATUS_LABELS,
  EMPLOYMENT_STATUSES,
  HUKOU_TYPE_LABELS,
  HUKOU_TYPES,
  KEY_GROUP_LABELS,
  KEY_GROUPS,
} from '@jobcircle/domain';
import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { yuanFieldProps } from '../../../lib/form.ts';
import { OPERATORS, type RuleRow } from './rule-rows.ts';

const FACT_OPTIONS = CONDITION_FACTS.map((fact) => ({ value: fact, label: CONDITION_FACT_LABELS[fact] }));
const HUKOU_OPTIONS = HUKOU_TYPES.filter((h) => h !== 'unknown').map((h) => ({ value: h, label: HUKOU_TYPE_LABELS[h] }));
const STATUS_OPTIONS = EMPLOYMENT_STATUSES.filter((s) => s !== 'unknown').map((s) => ({ value: s, label: EMPLOYMENT_STATUS_LABELS[s] }));
const KEY_GROUP_OPTIONS = KEY_GROUPS.map((g) => ({ value: g, label: KEY_GROUP_LABELS[g] }));

function describeKept(row: RuleRow): string {
  const group = row.kept;
  if (!group || !('all' in group || 'any' in group)) return '';
  const children = 'all' in group ? group.all : group.any;
  const words = children.map((child) => ('fact' in child ? describeCondition(child) : '（条件组）'));
  return `${'all' in group ? '同时满足' : '满足其一'}：${words.join('；')}`;
}

/** The value field(s) of one row, by its fact and operator. */
function RowValue({ name, row }: { name: number; row: RuleRow | undefined }) {
  switch (row?.fact) {
    case 'age':
      return (
        <Row gutter={8}>
          <Col span={12}>
            <Form.Item name={[name, 'min']} label="最小年龄（周岁）">
              <InputNumber min={0} max={120} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={[name, 'max']} label="最大年龄（周岁）">
              <InputNumber min={0} max={120} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'retirement':
      return row.op === 'within_years' ? (
        <Form.Item name={[name, 'years']} label="年数" rules={[{ required: true, message: '请填写年数' }]}>
          <InputNumber min={1} max={20} style={{ width: '100%' }} />
        </Form.Item>
      ) : null;
    case 'hukou':
      return (
        <Form.Item name={[name, 'hukou']} label="户籍" rules={[{ required: true, message: '请选择户籍' }]}>
          <Select mode="multiple" options={HUKOU_OPTIONS} />
        </Form.Item>
      );
    case 'employment_status':
      return (
        <Row gutter={8}>
          <Col xs={24} sm={16}>
            <Form.Item name={[name, 'statuses']} label="就业状态" rules={[{ required: true, message: '请选择就业状态' }]}>
              <Select mode="multiple" options={STATUS_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name={[name, 'months']} label="持续满（月）">
              <InputNumber min={1} max={240} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'key_group':
      return (
        <Form.Item name={[name, 'keyGroup']} label="重点群体" rules={[{ required: true, message: '请选择重点群体' }]}>
          <Select options={KEY_GROUP_OPTIONS} />
        </Form.Item>
      );
    case 'receipts':
      return (
        <Form.Item name={[name, 'years']} label="近几年内（空为从未）">
          <InputNumber min={1} max={50} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'attested':
      return (
        <Form.Item name={[name, 'text']} label="须核实的事项" rules={[{ required: true, message: '请填写须核实的事项' }]}>
          <Input maxLength={200} />
        </Form.Item>
      );
    case 'group':
      return <Typography.Paragraph>{describeKept(row)}</Typography.Paragraph>;
    default:
      return null;
  }
}

/** The rule pack as a form: conditions as rows (fact, operator, value), amounts, period and evidence. */
export function RulePackFields() {
  const form = Form.useFormInstance();
  return (
    <>
      <FormSection title="条件">
        <Form.Item name="combine" label="组合方式">
          <Radio.Group
            options={[
              { value: 'all', label: '同时满足全部条件' },
              { value: 'any', label: '满足其中一条即可' },
            ]}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          劳动力资源库缺少某项事实时，该条件为“待确认”，不会判为“不符合”；“须核实事项”始终待工作人员核实材料。
        </Typography.Paragraph>
        <Form.List name="rows">
          {(rows, { add, remove }) => (
            <>
              {rows.map((field, index) => (
                <Form.Item noStyle key={field.key} shouldUpdate>
                  {() => {
                    const row = form.getFieldValue(['rows', field.name]) as RuleRow | undefined;
                    const operators = OPERATORS[row?.fact ?? 'attested'];
                    return (
                      <Row gutter={12} align="top" className="rule-row">
                        <Col xs={24} sm={6}>
                          <Form.Item
                            name={[field.name, 'fact']}
                            label={`条件 ${index + 1}：事实`}
                            rules={[{ required: true, message: '请选择事实' }]}
                          >
                            <Select
                              options={row?.fact === 'group' ? [{ value: 'group', label: '条件组' }] : FACT_OPTIONS}
                              disabled={row?.fact === 'group'}
                              onChange={(fact: RuleRow['fact']) =>
                                form.setFieldValue(['rows', field.name], { fact, op: OPERATORS[fact][0]?.value })
                              }
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={5}>
                          <Form.Item name={[field.name, 'op']} label="运算">
                            <Select options={operators} disabled={operators.length < 2} />
                          </Form.Item>
                        </Col>
                        <Col xs={20} sm={11}>
                          <RowValue name={field.name} row={row} />
                        </Col>
                        <Col xs={4} sm={2}>
                          <Button
                            icon={<DeleteOutlined />}
                            aria-label={`删除条件 ${index + 1}`}
                            onClick={() => remove(field.name)}
                            className="rule-row-remove"
                          />
                        </Col>
                      </Row>
                    );
                  }}
                </Form.Item>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ fact: 'attested', op: 'confirm' })}>
                添加条件
              </Button>
            </>
          )}
        </Form.List>
      </FormSection>
      <FormSection title="标准与期限">
        <Form.List name="amounts">
          {(amounts, { add, remove }) => (
            <>
              {amounts.map((field, index) => (
                <Row key={field.key} gutter={12} align="bottom">
                  <Col xs={24} sm={6}>
                    <Form.Item
                      name={[field.name, 'label']}
                      label={`标准 ${index + 1}：名称`}
                      rules={[{ required: true, message: '请填写名称' }]}
                    >
                      <Input maxLength={60} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={5}>
                    <Form.Item name={[field.name, 'amountFen']} label="金额（元，无则空）" {...yuanFieldProps}>
                      <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={11}>
                    <Form.Item name={[field.name, 'text']} label="说明（含依据）" rules={[{ required: true, message: '请填写说明' }]}>
                      <Input maxLength={300} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Form.Item label=" ">
                      <Button icon={<DeleteOutlined />} aria-label={`删除标准 ${index + 1}`} onClick={() => remove(field.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({ amountFen: null })}>
                  添加标准
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="period" label="期限">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormSection>
      <FormSection title="所需材料">
        <Form.List name="evidence">
          {(items, { add, remove }) => (
            <>
              {items.map((field, index) => (
                <Row key={field.key} gutter={12} align="bottom">
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name={[field.name, 'label']}
                      label={`材料 ${index + 1}`}
                      rules={[{ required: true, message: '请填写材料名称' }]}
                    >
                      <Input maxLength={80} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={10}>
                    <Form.Item name={[field.name, 'keyGroup']} label="有效的重点群体记录可替代">
                      <Select allowClear options={KEY_GROUP_OPTIONS} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Form.Item label=" ">
                      <Button icon={<DeleteOutlined />} aria-label={`删除材料 ${index + 1}`} onClick={() => remove(field.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({ keyGroup: null })}>
                  添加材料
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
      </FormSection>
    </>
  );
}

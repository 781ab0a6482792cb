import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type ImportSynonym, SYNONYM_FIELD_LABELS, SYNONYM_FIELD_VALUES, SYNONYM_FIELDS, type SynonymField } from '@jobcircle/domain';
import { App, Button, Card, Col, Collapse, Flex, Form, Input, Row, Select, Table } from 'antd';
import { Link } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage.tsx';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useImportSynonyms, useSaveImportSynonyms } from '../api/import-synonyms.ts';

interface Values {
  synonyms: Partial<ImportSynonym>[];
}

const FIELD_OPTIONS = SYNONYM_FIELDS.map((field) => ({ value: field, label: SYNONYM_FIELD_LABELS[field] }));
const valueOptions = (field: SynonymField | undefined) =>
  field ? Object.entries(SYNONYM_FIELD_VALUES[field] as Record<string, string>).map(([value, label]) => ({ value, label })) : [];
const valueLabel = (synonym: ImportSynonym) =>
  (SYNONYM_FIELD_VALUES[synonym.field] as Record<string, string>)[synonym.value] ?? synonym.value;

function SynonymsForm({ custom, builtIn }: { custom: ImportSynonym[]; builtIn: ImportSynonym[] }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useSaveImportSynonyms(), labels: { synonyms: '同义词' } });
  const onFinish = (values: Values) =>
    server.submit(
      { synonyms: (values.synonyms ?? []).map((s) => ({ field: s.field as SynonymField, text: s.text ?? '', value: s.value ?? '' })) },
      () => void message.success('已保存，下次预览起生效'),
    );
  return (
    <>
      <FormBanner {...server.banner} />
      <Card className="form-section" title={<h2 className="card-heading">本区补充的写法</h2>}>
        <Form form={form} layout="vertical" initialValues={{ synonyms: custom }} onFinish={onFinish}>
          <Form.List name="synonyms">
            {(rows, { add, remove }) => (
              <>
                {rows.map(({ key, name }) => (
                  <Row gutter={12} key={key} align="bottom">
                    <Col xs={24} sm={7}>
                      <Form.Item
                        name={[name, 'field']}
                        label="字段"
                        htmlFor={`synonym-field-${key}`}
                        rules={[{ required: true, message: '请选择字段' }]}
                      >
                        <Select
                          id={`synonym-field-${key}`}
                          options={FIELD_OPTIONS}
                          onChange={() => form.setFieldValue(['synonyms', name, 'value'], undefined)}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item
                        name={[name, 'text']}
                        label="表格中的写法"
                        htmlFor={`synonym-text-${key}`}
                        rules={[{ required: true, message: '请填写表格中的写法' }]}
                      >
                        <Input id={`synonym-text-${key}`} maxLength={30} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={8}>
                      <Form.Item noStyle dependencies={[['synonyms', name, 'field']]}>
                        {() => (
                          <Form.Item
                            name={[name, 'value']}
                            label="导入为"
                            htmlFor={`synonym-value-${key}`}
                            rules={[{ required: true, message: '请选择导入后的取值' }]}
                          >
                            <Select id={`synonym-value-${key}`} options={valueOptions(form.getFieldValue(['synonyms', name, 'field']))} />
                          </Form.Item>
                        )}
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={2}>
                      <Form.Item>
                        <Button aria-label="删除此行" icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Flex gap="small" wrap className="form-actions">
                  <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ field: 'employmentStatus' })}>
                    添加一种写法
                  </Button>
                  <Button type="primary" htmlType="submit" loading={server.submitting}>
                    保存
                  </Button>
                </Flex>
              </>
            )}
          </Form.List>
        </Form>
      </Card>
      <Collapse
        className="form-section"
        items={[
          {
            key: 'built-in',
            label: `系统内置的写法（${builtIn.length} 种）`,
            children: (
              <Table<ImportSynonym>
                size="small"
                rowKey={(s) => `${s.field}|${s.text}`}
                dataSource={builtIn}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
                columns={[
                  { title: '字段', dataIndex: 'field', key: 'field', render: (field: SynonymField) => SYNONYM_FIELD_LABELS[field] },
                  { title: '表格中的写法', dataIndex: 'text', key: 'text' },
                  { title: '导入为', key: 'value', render: (_, s) => valueLabel(s) },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}

function SynonymsView() {
  const table = useImportSynonyms();
  if (table.isPending) return <PageLoading />;
  if (table.isError) return <LoadError error={table.error} onRetry={() => void table.refetch()} />;
  return <SynonymsForm custom={table.data.custom} builtIn={table.data.builtIn} />;
}

/** 导入取值同义词: the district's own words for the import's values, over the built-in table (district admins). */
export default function ImportSynonymsPage() {
  const me = useMe();
  if (me.regionLevel !== 'district') return <ForbiddenPage />;
  return (
    <PageContainer
      title="导入取值同义词"
      extra={<Link to="/residents/import">返回导入</Link>}
      description="表格中“就业状态”“户籍”“学历”“重点群体”的日常写法（如“待业”“农村户口”）对应到系统取值。本区补充的写法优先于系统内置的写法，下次预览起生效。"
    >
      <SynonymsView />
    </PageContainer>
  );
}

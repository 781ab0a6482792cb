import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  CreateImportBodySchema,
  IMPORT_FIELD_KEYS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportJob,
  type ImportRowError,
  type ImportValueMapping,
  REQUIRED_IMPORT_FIELDS,
  SYNONYM_FIELD_VALUES,
} from '@jobcircle/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Popconfirm,
  Progress,
  Result,
  Row,
  Select,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { readAsBase64 } from '../../../lib/read-file.ts';
import { useAcceptImport } from '../api/accept-import.ts';
import { useCancelImport } from '../api/cancel-import.ts';
import { useCreateImport } from '../api/create-import.ts';
import { useDownloadImportErrors } from '../api/download-import-errors.ts';
import { useImport } from '../api/get-import.ts';
import { useRemapImport } from '../api/remap-import.ts';
import { importFieldLabel } from '../components/resident-options.ts';

const STEPS = [{ title: '上传表格' }, { title: '核对预览' }, { title: '导入' }, { title: '完成' }];
/** Select values cannot be null: a column that is not imported. */
const SKIP = '__skip__';
const FIELD_OPTIONS = [
  { value: SKIP, label: '不导入' },
  ...IMPORT_FIELD_KEYS.map((field) => ({
    value: field,
    label: `${IMPORT_FIELDS[field][0]}${REQUIRED_IMPORT_FIELDS.includes(field) ? '（必填）' : ''}`,
  })),
];

function TemplateHint() {
  return (
    <Card className="form-section" title={<h2 className="card-heading">表格格式</h2>}>
      <Typography.Paragraph>
        第一行为列标题，每行一人。可直接使用工作中已有的表格：系统按下列常见标题自动对应各列，上传后还可调整。
      </Typography.Paragraph>
      <ul>
        {IMPORT_FIELD_KEYS.map((field) => (
          <li key={field}>
            <strong>{IMPORT_FIELDS[field][0]}</strong>
            {REQUIRED_IMPORT_FIELDS.includes(field) ? '（必填）' : ''}
            {IMPORT_FIELDS[field].length > 1 ? `：也可写作 ${IMPORT_FIELDS[field].slice(1).join('、')}` : ''}
          </li>
        ))}
      </ul>
      <Typography.Paragraph>
        “村居”与“村居代码”至少填一项。同一身份证号已登记的，按表格内容更新；表格中没有的人员不受影响。
      </Typography.Paragraph>
    </Card>
  );
}

function UploadStep() {
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateImport();
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const upload = async (file: File) => {
    setProblem(null);
    const name = CreateImportBodySchema.shape.fileName.safeParse(file.name);
    if (!name.success) {
      setProblem(name.error.issues[0]?.message ?? '请上传 .xlsx 或 .csv 文件');
      return;
    }
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setProblem('读取文件失败，请重新选择');
      return;
    } finally {
      setReading(false);
    }
    const content = CreateImportBodySchema.shape.contentBase64.safeParse(contentBase64);
    if (!content.success) {
      setProblem(content.error.issues[0]?.message ?? '文件无法上传');
      return;
    }
    create.mutate({ fileName: file.name, contentBase64 }, { onSuccess: (job) => void navigate(`/residents/import/${job.id}`) });
  };

  const serverProblem =
    create.error && isApiError(create.error, 'VALIDATION_FAILED')
      ? Object.values(create.error.fieldErrors).flat().join('；') || errorMessage(create.error)
      : create.error
        ? errorMessage(create.error)
        : null;
  const shown = problem ?? serverProblem;

  return (
    <>
      {shown ? <Alert type="error" showIcon role="alert" title={shown} className="form-banner" /> : null}
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={reading || create.isPending}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden="true" />
        </p>
        <p className="ant-upload-text">{reading || create.isPending ? '正在读取表格…' : '点击选择或拖入表格文件'}</p>
        <p className="ant-upload-hint">支持 Excel（.xlsx）和 CSV（UTF-8 或 GBK 编码）。上传后先预览，确认前不会写入任何数据。</p>
      </Upload.Dragger>
      {me.regionLevel === 'district' ? (
        <Typography.Paragraph className="form-section">
          表格中的日常写法（如“待业”“农村户口”“本科及以上”）自动对应到系统取值；本区另有写法的，可
          <Link to="/residents/import/synonyms">维护取值同义词</Link>。
        </Typography.Paragraph>
      ) : null}
      <TemplateHint />
    </>
  );
}

function Counts({ job }: { job: ImportJob }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 2, md: 3, xl: 6 }} className="form-section">
      <Descriptions.Item label="总行数">{job.totalRows}</Descriptions.Item>
      <Descriptions.Item label="可导入">{job.validRows}</Descriptions.Item>
      <Descriptions.Item label="新增">{job.newRows}</Descriptions.Item>
      <Descriptions.Item label="更新">{job.changedRows}</Descriptions.Item>
      <Descriptions.Item label="无变化">{job.unchangedRows}</Descriptions.Item>
      <Descriptions.Item label="错误">{job.errorCount}</Descriptions.Item>
    </Descriptions>
  );
}

const SOURCE_LABELS: Record<ImportValueMapping['source'], string> = { label: '系统取值', built_in: '内置同义词', custom: '本区同义词' };

/** Value in the file → value stored, per column: the words the preview read through a synonym or a label. */
function ValueMappings({ job }: { job: ImportJob }) {
  const me = useMe();
  if (job.valueMappings.length === 0) return null;
  return (
    <Card
      className="form-section"
      title={<h2 className="card-heading">取值对应</h2>}
      extra={me.regionLevel === 'district' ? <Link to="/residents/import/synonyms">维护同义词</Link> : null}
    >
      <Table<ImportValueMapping>
        rowKey={(m) => `${m.field}|${m.text}`}
        size="small"
        dataSource={job.valueMappings}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: '列', dataIndex: 'column', key: 'column' },
          { title: '表格中的值', dataIndex: 'text', key: 'text' },
          {
            title: '导入为',
            key: 'value',
            render: (_, m) => (SYNONYM_FIELD_VALUES[m.field] as Record<string, string>)[m.value] ?? m.value,
          },
          { title: '依据', dataIndex: 'source', key: 'source', render: (source: ImportValueMapping['source']) => SOURCE_LABELS[source] },
          { title: '行数', dataIndex: 'rows', key: 'rows' },
        ]}
      />
    </Card>
  );
}

function DownloadErrorsButton({ job }: { job: ImportJob }) {
  const { message } = App.useApp();
  const download = useDownloadImportErrors();
  return (
    <Button
      icon={<DownloadOutlined aria-hidden="true" />}
      loading={download.isPending}
      onClick={() => download.mutate(job.id, { onError: (error) => void message.error(errorMessage(error)) })}
    >
      下载错误行（xlsx）
    </Button>
  );
}

function ErrorTable({ job }: { job: ImportJob }) {
  if (job.errorCount === 0) return <Alert type="success" showIcon title="没有发现错误。" className="form-banner" />;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} className="section-title">
          有错误的行（共 {job.errorCount} 条{job.errors.length < job.errorCount ? `，列出前 ${job.errors.length} 条` : ''}，这些行不会导入）
        </Typography.Title>
        {job.state === 'previewed' ? <DownloadErrorsButton job={job} /> : null}
      </Flex>
      <Table<ImportRowError>
        rowKey={(row, index) => `${row.row}-${row.field}-${index ?? 0}`}
        size="small"
        dataSource={job.errors}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
        columns={[
          { title: '行号', dataIndex: 'row', key: 'row', render: (row: number) => `第 ${row} 行` },
          { title: '字段', dataIndex: 'field', key: 'field', render: (field: string) => importFieldLabel(field) },
          { title: '原因', dataIndex: 'reason', key: 'reason' },
        ]}
      />
    </>
  );
}

function Preview({ job }: { job: ImportJob }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remap = useRemapImport(job.id);
  const accept = useAcceptImport();
  const cancel = useCancelImport();
  const error = remap.error ?? accept.error ?? cancel.error;

  const onMap = (header: string, value: string) => {
    const field = value === SKIP ? null : (value as ImportField);
    const mapping: Record<string, ImportField | null> = {};
    for (const h of job.headers) {
      const current = job.mapping[h] ?? null;
      // One column per field: choosing a field for this column frees it from another.
      mapping[h] = h === header ? field : current === field ? null : current;
    }
    remap.mutate({ mapping }, { onSuccess: () => void message.success('已按新的列对应重新预览') });
  };

  return (
    <>
      <Alert
        type="info"
        showIcon
        className="form-banner"
        title="这是预览，尚未写入任何数据。"
        description={`文件：${job.fileName}（上传于 ${formatDateTime(job.createdAt)}）。核对列对应和错误后，点“确认导入”才会写入。`}
      />
      {error ? <Alert type="error" showIcon role="alert" title={errorMessage(error)} className="form-banner" /> : null}
      <Card className="form-section" title={<h2 className="card-heading">列对应</h2>}>
        <Form layout="vertical">
          <Row gutter={12}>
            {job.headers.map((header, index) => (
              <Col xs={24} sm={12} lg={6} key={header}>
                <Form.Item label={`列“${header}”导入为`} htmlFor={`import-column-${index}`}>
                  <Select
                    id={`import-column-${index}`}
                    value={job.mapping[header] ?? SKIP}
                    options={FIELD_OPTIONS}
                    disabled={remap.isPending}
                    onChange={(value: string) => onMap(header, value)}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Form>
      </Card>
      <ValueMappings job={job} />
      <Counts job={job} />
      <ErrorTable job={job} />
      {/* The destructive button apart from the confirm button (issue 15 §5): at the far end, in red. */}
      <Flex gap="large" wrap justify="space-between" className="form-actions">
        <Popconfirm
          title={`确认导入 ${job.validRows} 人？${job.errorCount > 0 ? '有错误的行将跳过。' : ''}`}
          okText="确认导入"
          cancelText="再看看"
          disabled={job.validRows === 0}
          onConfirm={() => accept.mutate(job.id)}
        >
          <Button type="primary" disabled={job.validRows === 0 || remap.isPending} loading={accept.isPending}>
            确认导入
          </Button>
        </Popconfirm>
        <Popconfirm
          title="放弃后上传的表格将被删除，确定放弃？"
          okText="放弃导入"
          cancelText="取消"
          onConfirm={() => cancel.mutate(job.id, { onSuccess: () => void navigate('/residents/import', { replace: true }) })}
        >
          <Button danger loading={cancel.isPending}>
            放弃导入
          </Button>
        </Popconfirm>
      </Flex>
    </>
  );
}

function Importing({ job }: { job: ImportJob }) {
  const percent = job.validRows === 0 ? 100 : Math.floor((job.processedRows / job.validRows) * 100);
  return (
    <Card className="form-section" title={<h2 className="card-heading">正在导入</h2>}>
      <Progress percent={percent} status="active" aria-label="导入进度" />
      <Typography.Paragraph role="status" aria-live="polite">
        已处理 {job.processedRows} / {job.validRows} 人。导入在后台进行，可以离开此页，稍后从此页地址回来查看进度。
      </Typography.Paragraph>
    </Card>
  );
}

function Done({ job }: { job: ImportJob }) {
  const navigate = useNavigate();
  return (
    <>
      <Result
        status="success"
        title={<h2 className="result-title">导入完成</h2>}
        subTitle={`新增 ${job.newRows} 人，更新 ${job.changedRows} 人，无变化 ${job.unchangedRows} 人；${job.errorCount} 条错误未导入。`}
        extra={
          <Flex gap="small" wrap justify="center">
            <Button type="primary" onClick={() => void navigate('/residents')}>
              查看劳动力资源
            </Button>
            <Button onClick={() => void navigate('/residents/import')}>再导入一个表格</Button>
          </Flex>
        }
      />
      <Progress percent={100} aria-label="导入进度" />
      <Counts job={job} />
      <ErrorTable job={job} />
    </>
  );
}

function JobView({ jobId }: { jobId: string }) {
  const job = useImport(jobId);
  if (job.isPending) return <PageLoading />;
  if (job.isError) {
    if (isApiError(job.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  }
  const data = job.data;
  const current = { previewed: 1, importing: 2, done: 3, failed: 2, cancelled: 1 }[data.state];
  return (
    <>
      <Steps
        current={current}
        status={data.state === 'failed' || data.state === 'cancelled' ? 'error' : undefined}
        items={STEPS}
        className="form-section"
      />
      {data.state === 'previewed' ? <Preview job={data} /> : null}
      {data.state === 'importing' ? <Importing job={data} /> : null}
      {data.state === 'done' ? <Done job={data} /> : null}
      {data.state === 'failed' ? (
        <Result
          status="error"
          title={<h2 className="result-title">导入中断</h2>}
          subTitle={`已写入 ${data.processedRows} 人。已写入的记录保持不变，请重新上传表格导入其余人员（已导入的不会重复）。`}
          extra={<Link to="/residents/import">重新上传</Link>}
        />
      ) : null}
      {data.state === 'cancelled' ? (
        <Result
          status="info"
          title={<h2 className="result-title">已放弃导入</h2>}
          subTitle="没有写入任何数据。"
          extra={<Link to="/residents/import">重新上传</Link>}
        />
      ) : null}
    </>
  );
}

/** 导入劳动力资源: upload → preview (mapping, counts, errors; nothing written) → accept → progress → summary. */
export default function ResidentImportPage() {
  const { jobId } = useParams();
  return (
    <PageContainer title="导入劳动力资源">
      {jobId ? (
        <JobView jobId={jobId} />
      ) : (
        <>
          <Steps current={0} items={STEPS} className="form-section" />
          <UploadStep />
        </>
      )}
    </PageContainer>
  );
}

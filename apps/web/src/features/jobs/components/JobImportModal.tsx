import { InboxOutlined } from '@ant-design/icons';
import {
  JOB_IMPORT_FIELDS,
  type JobImportField,
  JobImportFileSchema,
  type JobImportPreview,
  type JobImportResult,
  type JobImportRowError,
} from '@jobcircle/domain';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Modal,
  Result,
  Select,
  Spin,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { type ApiError, errorMessage, isApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { readAsBase64 } from '../../../lib/read-file.ts';
import { useDownloadJobs } from '../api/export-jobs.ts';
import { useImportJobs, usePreviewJobImport } from '../api/import-jobs.ts';

const STEPS = [{ title: '选择表格' }, { title: '核对预览' }, { title: '完成' }];

/** The column an error names, as the job-fair list heads it. */
export function importFieldLabel(field: string): string {
  if (field === 'siteId') return '募集站点';
  return JOB_IMPORT_FIELDS[field as JobImportField]?.[0] ?? field;
}

/** The messages of a refused upload: field errors of the file, else the error's message. */
function problemOf(error: unknown): string | null {
  if (!error) return null;
  if (isApiError(error, 'VALIDATION_FAILED')) {
    const { siteId: _site, ...rest } = error.fieldErrors;
    return Object.values(rest).flat().join('；') || null;
  }
  return errorMessage(error);
}

function siteErrorOf(...errors: unknown[]): string | undefined {
  for (const error of errors) {
    if (isApiError(error, 'VALIDATION_FAILED')) {
      const messages = (error as ApiError).fieldErrors.siteId;
      if (messages?.[0]) return messages[0];
    }
  }
  return undefined;
}

function ErrorTable({ errors }: { errors: JobImportRowError[] }) {
  return (
    <Table<JobImportRowError>
      rowKey={(row, index) => `${row.row}-${row.field}-${index ?? 0}`}
      size="small"
      dataSource={errors}
      pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
      columns={[
        { title: '行号', dataIndex: 'row', key: 'row', render: (row: number) => `第 ${row} 行` },
        { title: '列', dataIndex: 'field', key: 'field', render: importFieldLabel },
        { title: '原因', dataIndex: 'reason', key: 'reason' },
      ]}
    />
  );
}

function Counts({ preview }: { preview: JobImportPreview }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 3 }} className="form-section">
      <Descriptions.Item label="总行数">{preview.totalRows}</Descriptions.Item>
      <Descriptions.Item label="可导入">{preview.validRows}</Descriptions.Item>
      <Descriptions.Item label="有错误的行">{preview.invalidRows}</Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 导入岗位: choose an xlsx (the job-fair list's columns; the export is the template), see the
 * preview (nothing is written), confirm; the API checks the file again and writes the valid rows.
 */
export function JobImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const { message } = App.useApp();
  const sites = useAllSites({ isActive: true }, open && !me.siteId);
  const download = useDownloadJobs();
  const preview = usePreviewJobImport();
  const run = useImportJobs();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [siteId, setSiteId] = useState<string | undefined>(undefined);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [result, setResult] = useState<JobImportResult | null>(null);

  const reset = () => {
    setFile(null);
    setSkipInvalid(false);
    setProblem(null);
    setResult(null);
    preview.reset();
    run.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async (chosen: File) => {
    reset();
    const name = JobImportFileSchema.shape.fileName.safeParse(chosen.name);
    if (!name.success) {
      setProblem(name.error.issues[0]?.message ?? '请上传 .xlsx 或 .csv 文件');
      return;
    }
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(chosen);
    } catch {
      setProblem('读取文件失败，请重新选择');
      return;
    } finally {
      setReading(false);
    }
    const content = JobImportFileSchema.shape.contentBase64.safeParse(contentBase64);
    if (!content.success) {
      setProblem(content.error.issues[0]?.message ?? '文件无法上传');
      return;
    }
    const picked = { fileName: chosen.name, contentBase64 };
    setFile(picked);
    preview.mutate({ ...picked, ...(siteId ? { siteId } : {}) });
  };

  const confirm = () => {
    if (!file) return;
    run.mutate(
      { ...file, ...(siteId ? { siteId } : {}), skipInvalid },
      {
        onSuccess: (done) => {
          setResult(done);
          void message.success(`已导入 ${done.created} 个岗位`);
        },
      },
    );
  };

  const data = preview.data;
  const step = result ? 2 : data ? 1 : 0;
  const shown = problem ?? problemOf(run.error) ?? problemOf(preview.error);
  const siteError = siteErrorOf(preview.error, run.error);
  const blocked = !data || data.validRows === 0 || (data.invalidRows > 0 && !skipInvalid);

  return (
    <Modal
      open={open}
      title="导入岗位"
      width={760}
      onCancel={close}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            完成
          </Button>
        ) : data ? (
          <Flex gap="small" wrap justify="end">
            <Button onClick={reset} disabled={run.isPending}>
              重新选择表格
            </Button>
            <Button type="primary" disabled={blocked} loading={run.isPending} onClick={confirm}>
              确认导入 {data.validRows} 个岗位
            </Button>
          </Flex>
        ) : (
          <Button onClick={close}>取消</Button>
        )
      }
    >
      <Steps current={step} items={STEPS} size="small" className="form-section" />
      {shown ? <Alert type="error" showIcon role="alert" title={shown} className="form-banner" /> : null}
      {step === 0 ? (
        <>
          {me.siteId ? null : (
            <Form layout="vertical">
              <Form.Item
                label="募集站点"
                htmlFor="job-import-site"
                required
                validateStatus={siteError ? 'error' : undefined}
                help={siteError}
                extra="您不属于某个站点：请选择募集这些岗位的站点（公开岗位上显示该站点的联系方式）。"
              >
                <Select
                  id="job-import-site"
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="选择站点"
                  loading={sites.isPending}
                  value={siteId}
                  onChange={setSiteId}
                  options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                />
              </Form.Item>
            </Form>
          )}
          <Spin spinning={reading || preview.isPending} description="正在读取表格…">
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={reading || preview.isPending}
              beforeUpload={(chosen) => {
                void choose(chosen);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden="true" />
              </p>
              <p className="ant-upload-text">点击选择或拖入岗位表格（.xlsx）</p>
              <p className="ant-upload-hint">上传后先预览，确认前不会写入任何数据。</p>
            </Upload.Dragger>
          </Spin>
          <Typography.Paragraph className="form-section">
            表格的列与导出的岗位信息表相同（必填：岗位名称、用人单位或统一社会信用代码、职业代码或职业、薪酬、招聘人数、截止日期）， 可先
            <Button
              type="link"
              loading={download.isPending}
              onClick={() => download.mutate({}, { onError: (error) => void message.error(errorMessage(error)) })}
            >
              下载导出的岗位信息表作为模板
            </Button>
            。用人单位须已在系统中登记，并在您的管辖范围内；联系电话为空或已脱敏时，使用该单位登记的联系人。
          </Typography.Paragraph>
        </>
      ) : null}
      {step === 1 && data ? (
        <>
          <Alert
            type="info"
            showIcon
            className="form-banner"
            title="这是预览，尚未写入任何数据。"
            description={`文件：${file?.fileName ?? ''}。确认后系统会再次校验表格，并在一次操作中写入全部可导入的行。`}
          />
          <Counts preview={data} />
          {data.errors.length === 0 ? (
            <Alert type="success" showIcon title="没有发现错误。" className="form-banner" />
          ) : (
            <>
              <Typography.Title level={3} className="section-title">
                有错误的行（共 {data.errors.length} 条）
              </Typography.Title>
              <ErrorTable errors={data.errors} />
              <Checkbox checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} disabled={data.validRows === 0}>
                跳过有错误的 {data.invalidRows} 行，只导入其余 {data.validRows} 行
              </Checkbox>
            </>
          )}
          {run.isPending ? (
            <Flex gap="small" align="center" role="status" aria-live="polite" className="form-section">
              <Spin size="small" />
              正在导入 {data.validRows} 个岗位…
            </Flex>
          ) : null}
        </>
      ) : null}
      {step === 2 && result ? (
        <Result
          status="success"
          title={<h2 className="result-title">导入完成</h2>}
          subTitle={`已导入 ${result.created} 个岗位（来源“批量导入”，各记入服务台账）${result.invalidRows > 0 ? `；${result.invalidRows} 行有错误，未导入` : ''}。`}
        />
      ) : null}
      {step === 2 && result && result.errors.length > 0 ? <ErrorTable errors={result.errors} /> : null}
    </Modal>
  );
}

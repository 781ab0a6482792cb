import { ExportResidentsQuerySchema } from '@jobcircle/domain';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { errorMessage } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { zodRule } from '../../../lib/form.ts';
import { type ExportFilter, useDownloadLedger } from '../api/export-residents.ts';

interface ExportValues {
  numbers: 'masked' | 'full';
  reason?: string;
}

/** 导出台账: the list's filters as an xlsx ledger, masked unless the user states why full numbers are needed. */
export function ExportModal({ filter, total, onClose }: { filter: ExportFilter; total: number | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportValues>();
  const mayUnmask = useCan('resident:unmask');
  const download = useDownloadLedger();
  const numbers = Form.useWatch('numbers', form) ?? 'masked';

  const onFinish = (values: ExportValues) => {
    const reason = values.numbers === 'full' ? values.reason?.trim() : undefined;
    download.mutate(
      { ...filter, reason },
      {
        onSuccess: (fileName) => {
          void message.success(`已下载：${fileName}`);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title="导出台账"
      okText="下载 Excel 台账"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={download.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        按当前的查询条件导出{total === undefined ? '' : `（共 ${total} 人）`}。每次导出都会记入审计日志。
      </Typography.Paragraph>
      {download.error ? <Alert type="error" showIcon role="alert" title={errorMessage(download.error)} className="form-banner" /> : null}
      <Form<ExportValues> form={form} layout="vertical" initialValues={{ numbers: 'masked' }} onFinish={onFinish}>
        <Form.Item name="numbers" label="证件号和手机号">
          <Radio.Group
            options={[
              { value: 'masked', label: '脱敏（如 310230********1234）' },
              { value: 'full', label: '完整号码（须说明原因）', disabled: !mayUnmask },
            ]}
          />
        </Form.Item>
        {numbers === 'full' ? (
          <Form.Item
            name="reason"
            label="导出完整号码的原因"
            rules={[{ required: true, message: '请写明导出完整号码的原因' }, zodRule(ExportResidentsQuerySchema.shape.reason)]}
            extra="如：报送区就业促进中心核对失业登记名单。"
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

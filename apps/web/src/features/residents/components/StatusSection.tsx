import { ChangeEmploymentStatusBodySchema, EMPLOYMENT_STATUS_LABELS, type Resident, shanghaiToday } from '@jobcircle/domain';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, dateFieldProps, zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useChangeEmploymentStatus } from '../api/change-employment-status.ts';
import { StatusTag } from './ResidentTags.tsx';
import { EMPLOYMENT_STATUS_OPTIONS } from './resident-options.ts';

type StatusChange = Resident['statusHistory'][number];

interface StatusValues {
  status: Resident['employmentStatus'];
  effectiveDate: string;
  reason: string;
}

const fields = ChangeEmploymentStatusBodySchema.shape;

/** Keyed by version: after a change or a reload the form starts afresh. */
function ChangeStatusForm({ resident, onReload }: { resident: Resident; onReload: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const change = useChangeEmploymentStatus(resident.id);
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onFinish = (values: StatusValues) => {
    setLeftovers([]);
    change
      .mutateAsync({ status: values.status, effectiveDate: values.effectiveDate, reason: values.reason, version: resident.version })
      .then(
        () => void message.success('就业状态已变更'),
        (error: unknown) => {
          if (isApiError(error, 'VALIDATION_FAILED')) {
            setLeftovers(applyFieldErrors(form, error, { status: '就业状态', effectiveDate: '生效日期', reason: '变更原因' }));
          }
        },
      );
  };

  return (
    <Card className="form-section" title={<h2 className="card-heading">变更就业状态</h2>}>
      <FormBanner
        error={change.error}
        leftovers={leftovers}
        onReload={() => {
          change.reset();
          onReload();
        }}
      />
      <Form<StatusValues> form={form} layout="vertical" initialValues={{ effectiveDate: shanghaiToday(), reason: '' }} onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="status" label="新的就业状态" rules={[zodRule(fields.status, '请选择新的就业状态')]}>
              <Select
                placeholder="请选择"
                options={EMPLOYMENT_STATUS_OPTIONS.map((o) => ({ ...o, disabled: o.value === resident.employmentStatus }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="effectiveDate" label="生效日期" rules={[zodRule(fields.effectiveDate, '请选择生效日期')]} {...dateFieldProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="reason" label="变更原因" rules={[zodRule(fields.reason, '请填写变更原因')]}>
              <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：经推荐入职某合作社，已签劳动合同" />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            变更就业状态
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** 就业状态: the current status, its full history (who, when, why), and the change form. */
export function StatusSection({ resident, onReload }: { resident: Resident; onReload: () => void }) {
  const history = [...resident.statusHistory].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <>
      <Typography.Paragraph>
        当前就业状态：
        <StatusTag status={resident.employmentStatus} />
      </Typography.Paragraph>
      <Typography.Title level={2} className="section-title">
        变更历史
      </Typography.Title>
      <Table<StatusChange>
        rowKey={(row) => `${row.changedAt}-${row.status}`}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={history}
        locale={{ emptyText: '暂无变更记录' }}
        columns={[
          { title: '生效日期', dataIndex: 'effectiveDate', key: 'effectiveDate' },
          {
            title: '变更',
            key: 'change',
            render: (_value, row) =>
              row.previousStatus
                ? `${EMPLOYMENT_STATUS_LABELS[row.previousStatus]} → ${EMPLOYMENT_STATUS_LABELS[row.status]}`
                : EMPLOYMENT_STATUS_LABELS[row.status],
          },
          { title: '原因', dataIndex: 'reason', key: 'reason' },
          { title: '操作人', dataIndex: 'changedBy', key: 'changedBy', render: (name: string | null) => name ?? '系统' },
          { title: '记录时间', dataIndex: 'changedAt', key: 'changedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
      {resident.mergedIntoId ? null : (
        <PermissionGate permission="resident:write">
          <ChangeStatusForm key={resident.version} resident={resident} onReload={onReload} />
        </PermissionGate>
      )}
    </>
  );
}

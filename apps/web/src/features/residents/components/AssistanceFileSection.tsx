import { type AssistanceFile, type Resident, SaveAssistanceFileBodySchema } from '@jobcircle/domain';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { applyFieldErrors, dateFieldProps, zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { useAssistanceFile } from '../api/get-assistance-file.ts';
import { useSaveAssistanceFile } from '../api/save-assistance-file.ts';
import { ASSISTANCE_CLASSIFICATION_OPTIONS } from './resident-options.ts';

interface AssistanceValues {
  assessment: string;
  classification: AssistanceFile['classification'];
  plan: string;
  responsibleStaffId?: string | null;
  nextFollowUpDate?: string | null;
}

const LABELS = {
  assessment: '情况评估',
  classification: '分类',
  plan: '援助计划',
  responsibleStaffId: '责任人',
  nextFollowUpDate: '下次跟进日期',
};
const fields = SaveAssistanceFileBodySchema.shape;

/** Keyed by the file's version: a save or a reload after a conflict starts the form afresh. */
function AssistanceForm({ resident, file, onReload }: { resident: Resident; file: AssistanceFile | null; onReload: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AssistanceValues>();
  const save = useSaveAssistanceFile(resident.id);
  const mayWrite = useCan('resident:write');
  const mayReadStaff = useCan('staff:read');
  const staff = useStaffList({ townCode: resident.townCode, isActive: true, page: 1, pageSize: 100 }, mayReadStaff && mayWrite);
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const staffOptions = (staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName}（${s.regionName}）` }));
  if (file?.responsibleStaffId && !staffOptions.some((o) => o.value === file.responsibleStaffId)) {
    staffOptions.unshift({ value: file.responsibleStaffId, label: file.responsibleStaffName ?? '原责任人' });
  }

  const onFinish = (values: AssistanceValues) => {
    setLeftovers([]);
    save
      .mutateAsync({
        assessment: values.assessment,
        classification: values.classification,
        plan: values.plan,
        responsibleStaffId: values.responsibleStaffId ?? null,
        nextFollowUpDate: values.nextFollowUpDate ?? null,
        ...(file ? { version: file.version } : {}),
      })
      .then(
        () => void message.success('援助档案已保存'),
        (error: unknown) => {
          if (isApiError(error, 'VALIDATION_FAILED')) setLeftovers(applyFieldErrors(form, error, LABELS));
        },
      );
  };

  return (
    <Form<AssistanceValues>
      form={form}
      layout="vertical"
      disabled={!mayWrite || resident.mergedIntoId !== null}
      initialValues={
        file
          ? {
              assessment: file.assessment,
              classification: file.classification,
              plan: file.plan,
              responsibleStaffId: file.responsibleStaffId,
              nextFollowUpDate: file.nextFollowUpDate,
            }
          : { assessment: '', plan: '' }
      }
      onFinish={onFinish}
    >
      <FormBanner
        error={save.error}
        leftovers={leftovers}
        onReload={() => {
          save.reset();
          onReload();
        }}
      />
      <Card className="form-section" title={<h2 className="card-heading">{file ? '个性化就业援助档案' : '建立个性化就业援助档案'}</h2>}>
        {file ? (
          <Typography.Paragraph type="secondary">最近更新：{formatDateTime(file.updatedAt)}</Typography.Paragraph>
        ) : (
          <Alert
            type="info"
            showIcon
            title="此人尚无援助档案。对有就业意愿和能力的人员，请评估情况、分类并制定援助计划。"
            className="form-banner"
          />
        )}
        <Form.Item name="classification" label="分类" rules={[zodRule(fields.classification, '请选择分类')]}>
          <Radio.Group options={ASSISTANCE_CLASSIFICATION_OPTIONS} />
        </Form.Item>
        <Form.Item name="assessment" label="情况评估" rules={[zodRule(fields.assessment, '请填写情况评估')]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="就业意愿、能力、家庭情况、主要困难等" />
        </Form.Item>
        <Form.Item name="plan" label="援助计划" rules={[zodRule(fields.plan, '请填写援助计划')]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="职业指导、岗位推荐、技能培训、政策帮办等安排" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="responsibleStaffId" label="责任人（可不填）" rules={[zodRule(fields.responsibleStaffId)]}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={staff.isFetching}
                placeholder={mayReadStaff ? '请选择本镇的工作人员' : '无权查看人员名单'}
                options={staffOptions}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nextFollowUpDate"
              label="下次跟进日期（可不填）"
              rules={[zodRule(fields.nextFollowUpDate)]}
              {...dateFieldProps}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {mayWrite ? (
          <Flex gap="small">
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存援助档案
            </Button>
          </Flex>
        ) : null}
      </Card>
    </Form>
  );
}

/** 个性化就业援助档案 of one resident (its own version, apart from the file's). */
export function AssistanceFileSection({ resident }: { resident: Resident }) {
  const file = useAssistanceFile(resident.id);
  if (file.isPending) return <PageLoading />;
  if (file.isError) return <LoadError error={file.error} onRetry={() => void file.refetch()} />;
  return <AssistanceForm key={file.data?.version ?? 0} resident={resident} file={file.data} onReload={() => void file.refetch()} />;
}

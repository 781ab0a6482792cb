import { type DuplicatePair, MergeResidentsBodySchema, type ResidentSummary, SEX_LABELS } from '@jobcircle/domain';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Radio, Row, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useDuplicates } from '../api/list-duplicates.ts';
import { useMergeResidents } from '../api/merge-residents.ts';
import { KeyGroupTags, StatusTag } from '../components/ResidentTags.tsx';

const REASON_LABELS: Record<DuplicatePair['reason'], string> = {
  same_name_birth_village: '姓名、出生日期和村居相同',
};

function Side({ resident, label }: { resident: ResidentSummary; label: string }) {
  return (
    <Card className="form-section" title={<h3 className="card-heading">{label}</h3>}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="姓名">
          <Link to={`/residents/${resident.id}`}>{resident.name}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="身份证号">
          <code>{resident.idNumberMasked}</code>
        </Descriptions.Item>
        <Descriptions.Item label="手机号">{resident.mobileMasked ?? '未登记'}</Descriptions.Item>
        {/* The birth date only for those who may unmask (the API sends null otherwise): the age instead. */}
        <Descriptions.Item label={resident.birthDate ? '性别/出生日期' : '性别/年龄'}>
          {SEX_LABELS[resident.sex]}，{resident.birthDate ?? `${resident.age} 岁`}
        </Descriptions.Item>
        <Descriptions.Item label="村居">
          {resident.townName} / {resident.villageName}
        </Descriptions.Item>
        <Descriptions.Item label="就业状态">
          <StatusTag status={resident.employmentStatus} />
        </Descriptions.Item>
        <Descriptions.Item label="重点群体">
          <KeyGroupTags groups={resident.keyGroups} />
        </Descriptions.Item>
        <Descriptions.Item label="更新时间">{formatDateTime(resident.updatedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

interface MergeValues {
  keepId: string;
  reason: string;
}

/** One pair: the reviewer chooses which file to keep and writes why they are the same person. */
function PairReview({ pair, index }: { pair: DuplicatePair; index: number }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MergeValues>();
  const merge = useMergeResidents();
  const [a, b] = pair.residents;
  if (!a || !b) return null;
  const names = new Map([
    [a.id, `甲：${a.name}（${a.idNumberMasked}）`],
    [b.id, `乙：${b.name}（${b.idNumberMasked}）`],
  ]);

  const onFinish = (values: MergeValues) => {
    const mergeId = values.keepId === a.id ? b.id : a.id;
    merge.mutate(
      { keepId: values.keepId, mergeId, reason: values.reason.trim() },
      {
        onSuccess: (kept) => {
          void message.success(`已合并，保留 ${kept.name} 的档案`);
          void navigate(`/residents/${kept.id}`);
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) applyFieldErrors(form, error);
        },
      },
    );
  };

  return (
    <section className="form-section" aria-labelledby={`pair-${index}`}>
      <Typography.Title level={2} className="section-title" id={`pair-${index}`}>
        第 {index + 1} 组：{REASON_LABELS[pair.reason]}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Side resident={a} label="甲" />
        </Col>
        <Col xs={24} md={12}>
          <Side resident={b} label="乙" />
        </Col>
      </Row>
      {merge.error && !isApiError(merge.error, 'VALIDATION_FAILED') ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(merge.error)} className="form-banner" />
      ) : null}
      <Form<MergeValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ reason: '' }}>
        <Form.Item name="keepId" label="保留哪一条" rules={[{ required: true, message: '请选择要保留的记录' }]}>
          <Radio.Group options={[...names].map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="合并依据"
          rules={[zodRule(MergeResidentsBodySchema.shape.reason, '请写明合并依据（至少 4 个字）')]}
          extra="如：经电话核实为同一人，旧记录身份证号录入有误。另一条记录会标记为已合并，其历史并入保留的记录。"
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        <Popconfirm title="合并后不能撤销，确定合并？" okText="合并" cancelText="取消" onConfirm={() => form.submit()}>
          <Button type="primary" danger loading={merge.isPending}>
            合并这两条记录
          </Button>
        </Popconfirm>
      </Form>
    </section>
  );
}

/** 疑似重复: pairs that look like the same person, reviewed and merged one by one. */
export default function ResidentDuplicatesPage() {
  const duplicates = useDuplicates();
  return (
    <PageContainer
      title="疑似重复人员"
      description="姓名、出生日期和村居都相同、身份证号不同的记录，可能是同一人被重复登记（如身份证号录错）。请核实后再合并。"
    >
      {duplicates.isPending ? (
        <PageLoading />
      ) : duplicates.isError ? (
        <LoadError error={duplicates.error} onRetry={() => void duplicates.refetch()} />
      ) : duplicates.data.length === 0 ? (
        <Alert type="success" showIcon title="没有发现疑似重复的人员。" />
      ) : (
        duplicates.data.map((pair, index) => <PairReview key={pair.residents.map((r) => r.id).join('-')} pair={pair} index={index} />)
      )}
    </PageContainer>
  );
}

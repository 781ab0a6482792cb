import {
  type CreatePolicyBody,
  CreatePolicyBodySchema,
  type PolicyDetail,
  type PolicyEligibility,
  type RulePack,
  shanghaiToday,
} from '@jobcircle/domain';
import { Alert, App, Button, Card, DatePicker, Form, type FormInstance, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { EligibilityExplanation, EligibilityTag } from '../../../components/EligibilityExplanation.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { RecordForm } from '../../../components/form/RecordForm.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { ResidentPicker } from '../../../components/ResidentPicker.tsx';
import { type ApiError, errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, dateFieldProps, zodRule } from '../../../lib/form.ts';
import { useAddRulePackVersion, useCreatePolicy, usePolicy, usePreviewEligibility } from '../api/policies.ts';
import { RulePackFields } from '../components/RulePackFields.tsx';
import { conditionsOf, type RuleRow, type RuleRows, rowFieldOf, rowsOf } from '../components/rule-rows.ts';
import '../components/policies.css';

interface Values extends RuleRows {
  code?: string;
  name?: string;
  documentNumber?: string;
  issuingBody?: string;
  source?: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  summary?: string;
  amounts: { label: string; amountFen: number | null; text: string }[];
  period: string | null;
  evidence: RulePack['evidence'];
  note?: string;
}

const fields = CreatePolicyBodySchema.shape;
const LABELS: Record<string, string> = { rulePack: '规则包', conditions: '条件', note: '修改说明' };
const VALUE_FIELD: Partial<Record<RuleRow['fact'], string>> = {
  hukou: 'hukou',
  employment_status: 'statuses',
  key_group: 'keyGroup',
  attested: 'text',
  retirement: 'years',
};

function rulePackOf(values: Values): RulePack {
  return {
    conditions: conditionsOf({ combine: values.combine, rows: values.rows ?? [] }),
    amounts: (values.amounts ?? []).map((a) => ({ label: a.label, amountFen: a.amountFen ?? null, text: a.text })),
    period: values.period?.trim() ? values.period : null,
    evidence: (values.evidence ?? []).map((e) => ({ label: e.label, keyGroup: e.keyGroup ?? null })),
  };
}

function valuesOf(pack: RulePack): Values {
  return {
    ...rowsOf(pack.conditions),
    amounts: pack.amounts,
    period: pack.period,
    evidence: pack.evidence,
  };
}

const EMPTY: RulePack = { conditions: { all: [{ fact: 'retirement', op: 'not_reached' }] }, amounts: [], period: null, evidence: [] };

/** The server's field paths (rulePack.conditions.all.2.value) as this form's (rows.2.statuses). */
function aliasesOf(error: ApiError, values: Values): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const path of Object.keys(error.fieldErrors)) {
    const row = rowFieldOf(path);
    if (row) {
      const [, index, field] = row.split('.');
      const fact = values.rows?.[Number(index)]?.fact;
      aliases[path] = field === 'value' && fact && VALUE_FIELD[fact] ? `rows.${index}.${VALUE_FIELD[fact]}` : row;
    } else if (path.startsWith('rulePack.')) {
      aliases[path] = path.slice('rulePack.'.length);
    }
  }
  return aliases;
}

/** Tries the rule pack as it stands in the form against a resident picked from the registry. */
function Preview({ form }: { form: FormInstance<Values> }) {
  const [residentId, setResidentId] = useState<string | null>(null);
  const [on, setOn] = useState<string | null>(shanghaiToday());
  const preview = usePreviewEligibility();
  const [result, setResult] = useState<PolicyEligibility | null>(null);
  return (
    <Card title="预览：对样本居民试算" size="small" className="rule-preview">
      <Form layout="vertical" component="div">
        <Form.Item label="样本居民" htmlFor="preview-resident">
          <ResidentPicker id="preview-resident" value={residentId} onChange={setResidentId} />
        </Form.Item>
        <Form.Item label="判断日期" htmlFor="preview-on">
          <DatePicker id="preview-on" {...dateFieldProps.getValueProps(on)} onChange={(day) => setOn(dateFieldProps.normalize(day))} />
        </Form.Item>
      </Form>
      <Button
        disabled={!residentId}
        loading={preview.isPending}
        onClick={() => {
          if (!residentId) return;
          setResult(null);
          preview
            .mutateAsync({ residentId, rulePack: rulePackOf(form.getFieldsValue(true) as Values), ...(on ? { on } : {}) })
            .then(setResult, () => undefined);
        }}
      >
        试算
      </Button>
      {preview.error ? <Alert type="error" showIcon role="alert" title={errorMessage(preview.error)} style={{ marginTop: 12 }} /> : null}
      {result ? (
        <div style={{ marginTop: 12 }}>
          <Typography.Paragraph>
            结果：
            <EligibilityTag result={result.result} />（{result.on}）
          </Typography.Paragraph>
          <EligibilityExplanation eligibility={result} />
        </div>
      ) : null}
    </Card>
  );
}

function Editor({ policy }: { policy: PolicyDetail | null }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreatePolicy();
  const addVersion = useAddRulePackVersion(policy?.id ?? '');
  const mutation = policy ? addVersion : create;
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onSubmit = (values: Values) => {
    setLeftovers([]);
    const rulePack = rulePackOf(values);
    const saved = policy
      ? addVersion.mutateAsync({ rulePack, note: values.note ?? '' })
      : create.mutateAsync({
          code: values.code ?? '',
          name: values.name ?? '',
          documentNumber: values.documentNumber ?? '',
          issuingBody: values.issuingBody ?? '',
          source: values.source ?? '',
          effectiveFrom: values.effectiveFrom ?? null,
          effectiveTo: values.effectiveTo ?? null,
          summary: values.summary ?? '',
          rulePack,
        } satisfies CreatePolicyBody);
    saved.then(
      (detail) => {
        void message.success(policy ? `已发布第 ${detail.currentVersionNo} 版规则包` : '政策已新增');
        void navigate(`/policies/${detail.id}`);
      },
      (error: unknown) => {
        if (isApiError(error, 'VALIDATION_FAILED', 'POLICY_CODE_TAKEN')) {
          setLeftovers(applyFieldErrors(form, error, LABELS, aliasesOf(error, values)));
        }
      },
    );
  };

  return (
    <>
      <RecordForm<Values>
        form={form}
        initialValues={valuesOf(policy?.rulePack ?? EMPTY)}
        onSubmit={onSubmit}
        banner={<FormBanner error={mutation.error} leftovers={leftovers} />}
      >
        {policy ? null : (
          <FormSection title="政策">
            <Form.Item
              name="code"
              label="政策代码"
              rules={[zodRule(fields.code, '请填写政策代码')]}
              extra="小写字母、数字或下划线，如 hardship_recognition"
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="name" label="名称" rules={[zodRule(fields.name, '请填写名称')]}>
              <Input maxLength={80} />
            </Form.Item>
            <Form.Item
              name="documentNumber"
              label="文号"
              rules={[zodRule(fields.documentNumber, '请填写文号')]}
              extra="如：沪人社规〔2022〕8号"
            >
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="issuingBody" label="发文机关" rules={[zodRule(fields.issuingBody, '请填写发文机关')]}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="source" label="来源" rules={[zodRule(fields.source, '请填写来源')]} extra="原文网址或出处">
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="effectiveFrom" label="生效日期（未知可空）" {...dateFieldProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="effectiveTo" label="失效日期（未知可空）" {...dateFieldProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="summary" label="政策说明（政策咨询卡片）" rules={[zodRule(fields.summary, '请填写政策说明')]}>
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          </FormSection>
        )}
        <RulePackFields />
        {policy ? (
          <FormSection title="发布">
            <Form.Item name="note" label="修改说明" rules={[{ required: true, message: '请填写修改说明' }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              发布后成为第 {policy.currentVersionNo + 1} 版；已记录的资格结论保留当时所用的版本，不会改变。
            </Typography.Paragraph>
          </FormSection>
        ) : null}
        <FormActions submitText={policy ? '发布新版本' : '新增政策'} submitting={mutation.isPending} />
      </RecordForm>
      <Preview form={form} />
    </>
  );
}

/** 新增政策 (no id) or 修改规则包 of a policy: the rule pack as rows, with a preview. */
export default function RulePackEditorPage() {
  const { id } = useParams();
  if (!id) {
    return (
      <PageContainer title="新增政策" description="条件、标准和材料按政策原文填写；原文未载明的金额或日期留空并在说明中写明。">
        <Editor policy={null} />
      </PageContainer>
    );
  }
  return <ExistingEditor id={id} />;
}

function ExistingEditor({ id }: { id: string }) {
  const policy = usePolicy(id);
  if (policy.isPending) return <PageLoading />;
  if (policy.isError) return <LoadError error={policy.error} onRetry={() => void policy.refetch()} />;
  return (
    <PageContainer
      title={`修改规则包：${policy.data.name}`}
      description={`${policy.data.documentNumber}；当前第 ${policy.data.currentVersionNo} 版`}
    >
      <Editor key={policy.data.currentVersionNo} policy={policy.data} />
    </PageContainer>
  );
}

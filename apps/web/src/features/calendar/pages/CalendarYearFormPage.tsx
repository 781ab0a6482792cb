import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CALENDAR_ENTRY_KIND_LABELS,
  CALENDAR_ENTRY_KINDS,
  CalendarEntrySchema,
  CalendarYearParamsSchema,
  type CalendarYearSummary,
  HOLIDAY_NAMES,
  PutCalendarYearBodySchema,
} from '@jobcircle/domain';
import { App, AutoComplete, Button, Col, DatePicker, Form, type FormInstance, Input, Row, Select, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { FormSection } from '../../../components/form/FormSection.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { isApiError } from '../../../lib/api.ts';
import { dateFieldProps, fieldPath, zodRule } from '../../../lib/form.ts';
import { useYearDays } from '../api/get-year-days.ts';
import { useCalendarYears } from '../api/list-calendar-years.ts';
import { usePutCalendarYear } from '../api/put-calendar-year.ts';
import { compressDays, type DayRange, entriesOf, expandRanges, rangeIssues, rangePath } from '../calendar-ranges.ts';

interface Values {
  documentNo: string;
  title: string;
  publishedOn: string | null;
  source: string;
  ranges: Partial<DayRange>[];
}

const fields = PutCalendarYearBodySchema.shape;
const day = CalendarEntrySchema.shape;
const NOTICE_FIELDS = ['documentNo', 'title', 'publishedOn', 'source'] as const;
const LABELS: Record<string, string> = {
  documentNo: '文号',
  title: '标题',
  publishedOn: '发布日期',
  source: '来源',
  days: '日期',
  year: '年份',
};
const KIND_OPTIONS = CALENDAR_ENTRY_KINDS.map((kind) => ({ value: kind, label: CALENDAR_ENTRY_KIND_LABELS[kind] }));
const NAME_OPTIONS = HOLIDAY_NAMES.map((name) => ({ value: name }));

function YearForm({
  year,
  summary,
  initialValues,
  onReload,
}: {
  year: number;
  summary: CalendarYearSummary | undefined;
  initialValues: Values;
  onReload: () => void;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = usePutCalendarYear();
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const showOnFields = (errors: { path: string; messages: string[] }[]) => {
    // Paths into the ranges list are built at run time: set through the untyped instance, as applyFieldErrors does.
    (form as FormInstance).setFields(errors.map((error) => ({ name: fieldPath(error.path), errors: error.messages })));
    const first = errors[0];
    if (first) form.scrollToField(fieldPath(first.path), { block: 'center' });
  };

  const onFinish = (values: Values) => {
    const ranges = values.ranges ?? [];
    // The checks the API makes, on the ranges' fields, before anything is sent.
    const issues = rangeIssues(year, ranges);
    if (issues.length > 0) {
      showOnFields(issues.map((issue) => ({ path: issue.path, messages: [issue.message] })));
      return;
    }
    const { days, rangeOf } = expandRanges(ranges);
    setLeftovers([]);
    save
      .mutateAsync({
        year,
        documentNo: values.documentNo,
        title: values.title,
        publishedOn: values.publishedOn ?? '',
        source: values.source,
        days,
        version: summary?.origin === 'entered' ? summary.version : 0,
      })
      .then(
        (saved) => {
          void message.success(`${saved.year} 年节假日安排已保存（${saved.days.length} 天）`);
          void navigate('/calendar');
        },
        (error: unknown) => {
          if (!isApiError(error, 'VALIDATION_FAILED')) return;
          const onFields: { path: string; messages: string[] }[] = [];
          const rest: string[] = [];
          for (const [path, messages] of Object.entries(error.fieldErrors)) {
            const target = (NOTICE_FIELDS as readonly string[]).includes(path) ? path : rangePath(path, rangeOf);
            if (target) onFields.push({ path: target, messages });
            else rest.push(...messages.map((line) => `${LABELS[path.split('.')[0] ?? ''] ?? ''}：${line}`));
          }
          showOnFields(onFields);
          setLeftovers(rest);
        },
      );
  };

  return (
    <>
      <FormBanner
        error={save.error}
        leftovers={leftovers}
        onReload={() => {
          save.reset();
          onReload();
        }}
      />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
        <FormSection title="通知">
          <Form.Item name="documentNo" label="文号" rules={[zodRule(fields.documentNo, '请填写文号')]} extra="如：国办发明电〔2025〕7号">
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="title" label="标题" rules={[zodRule(fields.title, '请填写通知标题')]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="publishedOn" label="发布日期" rules={[zodRule(fields.publishedOn, '请选择发布日期')]} {...dateFieldProps}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="source" label="来源" rules={[zodRule(fields.source, '请填写来源')]} extra="通知在中国政府网的网址，或文件的出处">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </FormSection>
        <FormSection title="放假与调休上班">
          <Typography.Paragraph type="secondary">
            按通知逐段填写：放假的日期（含其中的周末）和调休上班的周六、周日。每段的日期连续、类型和节日相同；保存时展开为逐日记录。
          </Typography.Paragraph>
          <Form.List name="ranges">
            {(ranges, { add, remove }) => (
              <>
                {ranges.map((range, index) => (
                  <Row key={range.key} gutter={12} align="bottom" className="period-row">
                    <Col xs={12} sm={6}>
                      <Form.Item
                        name={[range.name, 'from']}
                        label={`第 ${index + 1} 段：开始日期`}
                        rules={[zodRule(day.date, '请选择开始日期')]}
                        {...dateFieldProps}
                      >
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item
                        name={[range.name, 'to']}
                        label="结束日期"
                        rules={[zodRule(day.date, '请选择结束日期')]}
                        {...dateFieldProps}
                      >
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={5}>
                      <Form.Item name={[range.name, 'kind']} label="类型" rules={[zodRule(day.kind, '请选择类型')]}>
                        <Select options={KIND_OPTIONS} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={5}>
                      <Form.Item name={[range.name, 'name']} label="节日" rules={[zodRule(day.name, '请填写节日名称')]}>
                        <AutoComplete options={NAME_OPTIONS} maxLength={20} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={2}>
                      <Form.Item>
                        <Button icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} 段`} onClick={() => remove(range.name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'holiday' })}>
                  添加一段
                </Button>
              </>
            )}
          </Form.List>
        </FormSection>
        <FormActions submitText="保存" submitting={save.isPending}>
          <Link to="/calendar">取消</Link>
        </FormActions>
      </Form>
    </>
  );
}

/** 录入节假日安排: one year's State Council notice, entered (or corrected) as a whole. */
export default function CalendarYearFormPage() {
  const params = CalendarYearParamsSchema.safeParse(useParams());
  const year = params.success ? params.data.year : 0;
  const years = useCalendarYears();
  const summary = years.data?.years.find((candidate) => candidate.year === year);
  const days = useYearDays(year, params.success && summary !== undefined);
  if (!params.success) return <NotFoundPage />;
  const title = summary ? `${summary.origin === 'entered' ? '修改' : '更正'} ${year} 年节假日安排` : `录入 ${year} 年节假日安排`;
  const reload = () => {
    void years.refetch();
    void days.refetch();
  };
  let body: ReactNode;
  if (years.isError) body = <LoadError error={years.error} onRetry={reload} />;
  else if (days.isError) body = <LoadError error={days.error} onRetry={reload} />;
  else if (!years.data || (summary && !days.data)) body = <PageLoading />;
  else {
    const entered = summary?.origin === 'entered';
    const initialValues: Values = {
      documentNo: summary?.documentNo ?? '',
      title: entered ? summary.title : `国务院办公厅关于${year}年部分节假日安排的通知`,
      publishedOn: summary?.publishedOn ?? null,
      source: entered ? summary.source : '',
      ranges: days.data && summary ? compressDays(entriesOf(days.data.days)) : [{ kind: 'holiday' }],
    };
    body = <YearForm key={summary?.version ?? 0} year={year} summary={summary} initialValues={initialValues} onReload={reload} />;
  }
  return (
    <PageContainer
      title={title}
      description="按国务院办公厅当年发布的《关于部分节假日安排的通知》录入，整年保存；保存后办理时限、预约时段和逾期提醒即按新的安排计算（已受理的受理单保留原办理时限）。"
    >
      {body}
    </PageContainer>
  );
}

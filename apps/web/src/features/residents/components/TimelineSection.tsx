import { AddTimelineNoteBodySchema, type TimelineEntry } from '@jobcircle/domain';
import { Alert, App, Button, Card, Form, Input, Timeline, Typography } from 'antd';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAddTimelineNote } from '../api/add-timeline-note.ts';
import { useTimeline } from '../api/list-timeline.ts';

const KIND_LABELS: Record<string, string> = {
  register: '登记',
  import: '导入',
  update: '更新档案',
  status: '就业状态',
  assistance_file: '援助档案',
  note: '服务记录',
  merge: '合并',
};

// Timeline dots (no text on them), so antd's named colours are fine here.
const KIND_DOTS: Record<string, string> = { status: 'green', note: 'blue', merge: 'red' };

function NoteForm({ residentId }: { residentId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ summary: string }>();
  const add = useAddTimelineNote(residentId);
  return (
    <Card className="form-section" title={<h2 className="card-heading">添加服务记录</h2>}>
      {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(add.error)} className="form-banner" />
      ) : null}
      <Form<{ summary: string }>
        form={form}
        layout="vertical"
        initialValues={{ summary: '' }}
        onFinish={(values) =>
          add.mutate(values, {
            onSuccess: () => {
              form.resetFields();
              void message.success('服务记录已添加');
            },
            onError: (error) => {
              if (isApiError(error, 'VALIDATION_FAILED')) applyFieldErrors(form, error);
            },
          })
        }
      >
        <Form.Item name="summary" label="服务内容" rules={[zodRule(AddTimelineNoteBodySchema.shape.summary, '请填写服务内容')]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="如：电话回访，本人希望下月参加育婴员培训" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          添加记录
        </Button>
      </Form>
    </Card>
  );
}

/** 服务时间线: every registration, change, service and note, newest first. */
export function TimelineSection({ residentId, writable }: { residentId: string; writable: boolean }) {
  const timeline = useTimeline(residentId);
  return (
    <>
      {writable ? (
        <PermissionGate permission="resident:write">
          <NoteForm residentId={residentId} />
        </PermissionGate>
      ) : null}
      {timeline.isPending ? (
        <PageLoading />
      ) : timeline.isError ? (
        <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.length === 0 ? (
        <Typography.Paragraph>暂无服务记录。</Typography.Paragraph>
      ) : (
        <Timeline
          items={timeline.data.map((entry: TimelineEntry) => ({
            key: entry.id,
            color: KIND_DOTS[entry.kind] ?? 'gray',
            title: `${formatDateTime(entry.at)} · ${KIND_LABELS[entry.kind] ?? entry.kind} · ${entry.actorName ?? '系统'}`,
            content: entry.summary,
          }))}
        />
      )}
    </>
  );
}

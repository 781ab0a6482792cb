import { type ComplaintWithEvents, ReopenComplaintBodySchema, ReplyComplaintBodySchema } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { zodRule } from '../../../lib/form.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { acceptComplaint } from '../api/accept-complaint.ts';
import { complaintChanged } from '../api/complaint-cache.ts';
import { reopenComplaint } from '../api/reopen-complaint.ts';
import { replyComplaint } from '../api/reply-complaint.ts';

export type ComplaintAction = 'reply' | 'accept' | 'reopen';

interface Values {
  reply?: string;
  note?: string;
}

const ACTIONS: Record<
  ComplaintAction,
  { title: string; ok: string; field: keyof Values; label: string; done: string; max: number; rule: Rule }
> = {
  reply: {
    title: '答复投诉',
    ok: '答复',
    field: 'reply',
    label: '答复内容',
    done: '已答复，请向群众确认是否认可',
    max: 1000,
    rule: zodRule(ReplyComplaintBodySchema.shape.reply, '请填写答复内容'),
  },
  accept: {
    title: '群众认可答复',
    ok: '办结',
    field: 'note',
    label: '回访情况（可不填）',
    done: '投诉已办结',
    max: 500,
    rule: { max: 500, message: '不能超过 500 个字符' },
  },
  reopen: {
    title: '群众不认可，重新办理',
    ok: '重新办理',
    field: 'note',
    label: '群众意见',
    done: '投诉已重新办理',
    max: 500,
    rule: zodRule(ReopenComplaintBodySchema.shape.note, '请填写群众意见'),
  },
};

/** Reply, the resident's acceptance (recorded by staff after a call or visit) or re-opening: one text and the version read. */
export function ComplaintActionModal({
  complaint,
  action,
  onClose,
}: {
  complaint: ComplaintWithEvents;
  action: ComplaintAction;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const a = ACTIONS[action];
  const mutation = useMutation({
    mutationFn: (values: Values) => {
      const version = complaint.version;
      if (action === 'reply') return replyComplaint(complaint.id, { reply: values.reply ?? '', version });
      if (action === 'reopen') return reopenComplaint(complaint.id, { note: values.note ?? '', version });
      return acceptComplaint(complaint.id, { note: values.note?.trim() ? values.note.trim() : null, version });
    },
    onSuccess: (next) => complaintChanged(queryClient, next),
  });
  const server = useServerForm({ form, mutation, labels: { [a.field]: a.label } });
  return (
    <FormModal title={a.title} okText={a.ok} onOk={() => form.submit()} onClose={onClose} submitting={server.submitting} {...server.banner}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          server.submit(values, () => {
            void message.success(a.done);
            onClose();
          })
        }
      >
        <Form.Item name={a.field} label={a.label} rules={[a.rule]}>
          <Input.TextArea rows={4} maxLength={a.max} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

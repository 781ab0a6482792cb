import { type MoveOutreachBody, OUTREACH_STATE_LABELS, type OutreachState, type OutreachTask, outreachNextStates } from '@jobcircle/domain';
import { App, Form, Input, Select } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useMoveOutreachTask } from '../api/outreach.ts';

interface MoveValues {
  state: OutreachState;
  note?: string;
}

const LABELS = { state: '下一环节', note: '情况说明', siteId: '服务站点', version: '版本' };

/** Moves an outreach task one step: contacted with what was said; each step is a service in the ledger. */
export function OutreachMoveModal({ task, onClose }: { task: OutreachTask; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const server = useServerForm({ form, mutation: useMoveOutreachTask(), labels: LABELS, fieldErrorCodes: ['OUTREACH_STATE_CONFLICT'] });
  const next = outreachNextStates(task.state);
  const state = Form.useWatch('state', form);

  const onFinish = (values: MoveValues) => {
    const body: MoveOutreachBody = { state: values.state, version: task.version, note: values.note?.trim() || null };
    server.submit({ id: task.id, body }, () => {
      void message.success(`已记为“${OUTREACH_STATE_LABELS[values.state]}”`);
      onClose();
    });
  };

  return (
    <FormModal
      title={`推进：${task.residentName} · ${task.policyName}`}
      okText="保存"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ state: next[0] }}>
        <Form.Item name="state" label="下一环节" rules={[{ required: true, message: '请选择下一环节' }]}>
          <Select options={next.map((value) => ({ value, label: OUTREACH_STATE_LABELS[value] }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label="情况说明"
          extra="记入服务台账和居民时间线"
          rules={[{ required: state === 'contacted', whitespace: true, message: '请填写联系情况' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

import { Alert, Button, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { changedFields, useDraftKey, useFormDraft } from '../../lib/form-draft.ts';

interface RecordFormFrameProps<V> {
  form: FormInstance<V>;
  initialValues: Partial<V>;
  onSubmit: (values: V) => void;
  /** Keeps dependent fields consistent (a new town clears the village…). */
  onValuesChange?: (changed: Partial<V>) => void;
  /** Above the first section: the server's answer (FormBanner). */
  banner?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * The frame of a record's create-or-edit form: vertical labels, the first invalid field scrolled to
 * the middle, and a draft kept in this tab while typing (lib/form-draft.ts: put back after signing in
 * again, never with ID or phone numbers; cleared on save by useServerForm).
 */
export function RecordForm<V>({ form, initialValues, onSubmit, onValuesChange, banner, className, children }: RecordFormFrameProps<V>) {
  const draft = useFormDraft(form, useDraftKey());
  return (
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      className={className}
      onValuesChange={(changed: Partial<V>, all: V) => {
        onValuesChange?.(changed);
        draft.save(changedFields(initialValues, all as object));
      }}
    >
      {draft.restored ? (
        <Alert
          type="info"
          showIcon
          className="form-banner form-draft-restored"
          title="已恢复上次未保存的输入"
          description="身份证号、手机号等号码不在本机暂存，请重新填写后保存。"
          action={<Button onClick={draft.discard}>放弃草稿</Button>}
        />
      ) : null}
      {banner}
      {children}
    </Form>
  );
}

import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

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

/** The frame of a record's create-or-edit form: vertical labels, the first invalid field scrolled to the middle. */
export function RecordForm<V>({ form, initialValues, onSubmit, onValuesChange, banner, className, children }: RecordFormFrameProps<V>) {
  return (
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      className={className}
      onValuesChange={onValuesChange}
    >
      {banner}
      {children}
    </Form>
  );
}

import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';

/** The props every create-or-edit form of a record takes (site, employer, resident, staff account). */
export interface RecordFormProps<V> {
  form: FormInstance<V>;
  mode: 'create' | 'edit';
  initialValues: Partial<V>;
  onSubmit: (values: V) => void;
  submitting: boolean;
  /** Messages of the server that name no field of the form, and the version-conflict notice. */
  banner?: ReactNode;
  /** Buttons after the submit button (cancel…). */
  actions?: ReactNode;
}

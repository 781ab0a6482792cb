import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { ApiError } from './api.ts';
import { dayjs } from './dayjs.ts';

/** The part of a zod schema the rule needs (the web does not depend on zod directly). */
export interface FieldSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The ways a form says "nothing": a field that accepts one of them may be left empty. */
const NOTHING: readonly unknown[] = [undefined, null, '', []];

/**
 * Whether a field must be filled: its schema accepts none of the empty values (missing, null, empty
 * text, an empty list). A nullable choice or an optional list is not required, and shows no mark.
 */
export function isRequiredField(schema: FieldSchema): boolean {
  return !NOTHING.some((nothing) => schema.safeParse(nothing).success);
}

/**
 * An antd Form rule from a shared zod field schema: the form checks exactly what the API checks,
 * with the same Chinese messages. A schema that does not accept "nothing" makes the field required.
 */
export function zodRule(schema: FieldSchema, emptyMessage = '此项为必填项'): Rule {
  const required = isRequiredField(schema);
  return {
    required,
    validator: (_rule, value: unknown) => {
      if (isEmpty(value)) return required ? Promise.reject(new Error(emptyMessage)) : Promise.resolve();
      const result = schema.safeParse(value);
      if (result.success) return Promise.resolve();
      return Promise.reject(new Error(result.error.issues[0]?.message ?? '格式不正确'));
    },
  };
}

/** "openingHours.periods.0.close" → ['openingHours', 'periods', 0, 'close'] */
export function fieldPath(path: string): (string | number)[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Puts the server's `details.fieldErrors` on the form's fields (the values the user typed stay).
 * Returns the messages whose path is not a field of this form, for the caller to show above it.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: ApiError,
  labels: Record<string, string> = {},
  /** Server field names → the form's, where the form holds the value differently (payMinFen → payMinYuan). */
  aliases: Record<string, string> = {},
): string[] {
  const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const leftovers: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [serverPath, messages] of Object.entries(error.fieldErrors)) {
    const path = aliases[serverPath] ?? serverPath;
    if (registered.has(path)) {
      fields.push({ name: fieldPath(path), errors: messages });
    } else {
      const label = labels[path] ?? labels[path.split('.')[0] ?? ''] ?? '';
      for (const message of messages) leftovers.push(label ? `${label}：${message}` : message);
    }
  }
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return leftovers;
}

/**
 * A cross-field rule of the shared contract (`siteIssues`, `employerIssues`…: a list of
 * `{ path, message }`), shown on the field it names. The whole form is read, so the rule sees the
 * other fields; give the field `dependencies` on the fields its rule reads.
 */
export function issueRule<V>(path: string, issuesOf: (values: V) => readonly { path: string; message: string }[]): Rule {
  return ({ getFieldsValue }) => ({
    validator: () => {
      const issue = issuesOf(getFieldsValue(true) as V).find((i) => i.path === path);
      return issue ? Promise.reject(new Error(issue.message)) : Promise.resolve();
    },
  });
}

/** The part of a zod object schema a refinement rule needs (the web does not depend on zod directly). */
interface ObjectSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] } };
}

/**
 * A cross-field rule of the shared contract written as a zod `refine` on an object, shown on the field
 * it names: the object is read from the form at `objectPath`, the issue whose path is `field` is the message.
 */
export function refinementRule(schema: ObjectSchema, objectPath: (string | number)[], field: string): Rule {
  return ({ getFieldValue }) => ({
    validator: () => {
      const result = schema.safeParse(getFieldValue(objectPath));
      if (result.success) return Promise.resolve();
      const issue = result.error.issues.find((i) => i.path.length === 1 && i.path[0] === field);
      return issue ? Promise.reject(new Error(issue.message)) : Promise.resolve();
    },
  });
}

/** A DatePicker over a `YYYY-MM-DD` string field: the form holds the contract's value. */
export const dateFieldProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null),
};

/** An InputNumber in yuan over a fen field: the form holds integers in fen, as the API does. */
export const yuanFieldProps = {
  getValueProps: (fen: number | null | undefined) => ({ value: fen == null ? null : fen / 100 }),
  normalize: (yuan: number | null | undefined) => (yuan == null ? null : Math.round(yuan * 100)),
};

import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ApiError } from './api.ts';

/** The part of a zod schema the rule needs (the web does not depend on zod directly). */
export interface FieldSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * An antd Form rule from a shared zod field schema: the form checks exactly what the API checks,
 * with the same Chinese messages. A schema that does not accept "nothing" makes the field required.
 */
export function zodRule(schema: FieldSchema, emptyMessage = '此项为必填项'): Rule {
  const required = !schema.safeParse(undefined).success;
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
export function applyFieldErrors(form: FormInstance, error: ApiError, labels: Record<string, string> = {}): string[] {
  const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const leftovers: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [path, messages] of Object.entries(error.fieldErrors)) {
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

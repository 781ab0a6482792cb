import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../lib/dayjs.ts';

/** The part of a zod object schema a cross-field rule needs (the web does not depend on zod directly). */
interface ObjectSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] } };
}

/**
 * A cross-field rule of the shared contract (a zod `refine` on an object), shown on the field it names:
 * the object is read from the form at `objectPath`, the issue whose path is `field` is the message.
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

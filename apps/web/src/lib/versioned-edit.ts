import type { ErrorCode } from '@jobcircle/domain';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { isApiError } from './api.ts';
import { diffChanges, isEmptyChange } from './diff-changes.ts';
import { applyFieldErrors } from './form.ts';

interface VersionedEditOptions<V, B extends object, R> {
  form: FormInstance<V>;
  /** The record as read: its form values and the version the change is based on. */
  initialValues: V;
  version: number;
  /** The form's values as the API takes them (the same mapper for the record and for the input). */
  toBody: (values: V) => B;
  /** The PATCH: the changed fields and the version read. */
  mutation: UseMutationResult<R, unknown, Partial<B> & { version: number }>;
  /** Labels of the fields, for server messages that name no field of the form. */
  labels: Record<string, string>;
  /** Codes whose `details.fieldErrors` go on the form's fields (VALIDATION_FAILED always does). */
  fieldErrorCodes?: readonly ErrorCode[];
  /** Fields never sent (they cannot change after creation). */
  ignore?: readonly (keyof B)[];
  /** After a save; by default a "已保存" message. */
  onSaved?: (result: R) => void;
  /** Reads the record again (after a 409 VERSION_CONFLICT the user chooses to). */
  onReload: () => void;
}

/**
 * An edit form over a versioned record: sends only the changed fields with the version it read; a
 * stale version answers 409 VERSION_CONFLICT and the user's input stays in the form, with a banner
 * that offers to load the latest record. Mount the form keyed by the version, so that a save or a
 * reload starts it afresh from the record.
 */
export function useVersionedEdit<V, B extends object, R>(options: VersionedEditOptions<V, B, R>) {
  const { form, initialValues, version, toBody, mutation, labels, fieldErrorCodes = [], ignore = [], onSaved, onReload } = options;
  const { message } = App.useApp();
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onSubmit = (values: V) => {
    setLeftovers([]);
    const changes = diffChanges(toBody(initialValues), toBody(values), ignore);
    if (isEmptyChange(changes)) {
      void message.info('没有需要保存的修改');
      return;
    }
    // mutateAsync: a save changes the version, which remounts the form; the promise still settles.
    mutation.mutateAsync({ ...changes, version }).then(
      (result) => (onSaved ? onSaved(result) : void message.success('已保存')),
      (error: unknown) => {
        if (isApiError(error, 'VALIDATION_FAILED', ...fieldErrorCodes)) setLeftovers(applyFieldErrors(form, error, labels));
      },
    );
  };

  return {
    onSubmit,
    submitting: mutation.isPending,
    /** The props of FormBanner: `<FormBanner {...edit.banner} />`. */
    banner: {
      error: mutation.error,
      leftovers,
      onReload: () => {
        mutation.reset();
        onReload();
      },
    },
  };
}

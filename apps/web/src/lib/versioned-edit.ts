import type { ErrorCode } from '@jobcircle/domain';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { isApiError } from './api.ts';
import { diffChanges, isEmptyChange } from './diff-changes.ts';
import { applyFieldErrors } from './form.ts';
import { clearFormDraft, useDraftKey } from './form-draft.ts';

interface ServerFormOptions<V, A, R> {
  form: FormInstance<V>;
  /** The request (create or PATCH). */
  mutation: UseMutationResult<R, unknown, A>;
  /** Labels of the fields, for server messages that name no field of the form. */
  labels: Record<string, string>;
  /** Codes whose `details.fieldErrors` go on the form's fields (VALIDATION_FAILED always does). */
  fieldErrorCodes?: readonly ErrorCode[];
  /** Server field names → the form's where they differ (applyFieldErrors). */
  fieldAliases?: Record<string, string>;
}

/**
 * A form whose request may be refused field by field: the server's `details.fieldErrors` go on the
 * fields (the input stays), what names no field goes to the banner above the form with the error.
 */
export function useServerForm<V, A, R>({ form, mutation, labels, fieldErrorCodes = [], fieldAliases }: ServerFormOptions<V, A, R>) {
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const draftKey = useDraftKey();
  const submit = (variables: A, onSuccess: (result: R) => void) => {
    setLeftovers([]);
    // mutateAsync: a save may remount the form (keyed by version); the promise still settles.
    mutation.mutateAsync(variables).then(
      (result) => {
        // Saved: the page's draft (RecordForm) is no longer needed.
        if (draftKey) clearFormDraft(draftKey);
        onSuccess(result);
      },
      (error: unknown) => {
        if (isApiError(error, 'VALIDATION_FAILED', ...fieldErrorCodes)) setLeftovers(applyFieldErrors(form, error, labels, fieldAliases));
      },
    );
  };
  return {
    submit,
    submitting: mutation.isPending,
    /** The props of FormBanner: `<FormBanner {...server.banner} />`. */
    banner: { error: mutation.error, leftovers },
  };
}

interface VersionedEditOptions<V, B extends object, R> extends ServerFormOptions<V, Partial<B> & { version: number }, R> {
  /** The record as read: its form values and the version the change is based on. */
  initialValues: V;
  version: number;
  /** The form's values as the API takes them (the same mapper for the record and for the input). */
  toBody: (values: V) => B;
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
  const { initialValues, version, toBody, mutation, ignore = [], onSaved, onReload } = options;
  const { message } = App.useApp();
  const server = useServerForm(options);
  const draftKey = useDraftKey();

  const onSubmit = (values: V) => {
    const changes = diffChanges(toBody(initialValues), toBody(values), ignore);
    if (isEmptyChange(changes)) {
      void message.info('没有需要保存的修改');
      return;
    }
    server.submit({ ...changes, version }, (result) => (onSaved ? onSaved(result) : void message.success('已保存')));
  };

  return {
    onSubmit,
    submitting: server.submitting,
    /** The props of FormBanner: `<FormBanner {...edit.banner} />`. */
    banner: {
      ...server.banner,
      onReload: () => {
        // The latest record replaces the input, draft included.
        if (draftKey) clearFormDraft(draftKey);
        mutation.reset();
        onReload();
      },
    },
  };
}

import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { meQueryOptions } from './auth.ts';

/**
 * Drafts of the record forms, kept in this tab (sessionStorage) under the route and the user, so that
 * a session that ends while a form is open loses nothing: after signing in again the same user finds
 * the input on the same page. A draft never holds an ID number, a phone number or anything that
 * looks like one (docs/decisions.md, Drafts): those fields are dropped, and so is any text with a run
 * of seven or more digits. Cleared when the form is saved.
 */

const PREFIX = 'jobcircle:draft:v1:';
/** Field names never kept: ID numbers, mobiles and phones, passwords and codes. */
const SENSITIVE_KEY = /id.?number|mobile|phone|password|secret|totp/i;
/** Text that may hold an ID or phone number: seven or more digits, spaces and dashes between allowed. */
const DIGIT_RUN = /\d(?:[\s-]?\d){6,}/;
/** A calendar date (2026-12-20) is not a number to hide. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

export function draftKey(userId: string, pathname: string): string {
  return `${PREFIX}${userId}:${pathname}`;
}

/**
 * The part of a form's values a draft may hold: plain text, numbers, booleans and lists or objects of
 * them, without sensitive fields or number-like text. Anything else (a date object, a file) is left out.
 * Returns undefined when nothing is left.
 */
export function draftValues(value: unknown): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return DIGIT_RUN.test(value.replace(ISO_DATE, '')) ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(draftValues);
    return items.some((item) => item === undefined) ? undefined : items;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (SENSITIVE_KEY.test(key)) continue;
      const kept = draftValues(item);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}

/** The draft key of the page shown, for the user signed in (null before sign-in: no drafts). */
export function useDraftKey(): string | null {
  const { pathname } = useLocation();
  const me = useQueryClient().getQueryData(meQueryOptions().queryKey);
  return me ? draftKey(me.id, pathname) : null;
}

/**
 * The fields whose value differs from the form's initial values: a draft holds only what the user
 * changed, so that restoring it over a record edited meanwhile by a colleague does not send back
 * the colleague's fields as they were.
 */
export function changedFields(initial: object, all: object): Record<string, unknown> {
  const before = initial as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(before[key] ?? null)) out[key] = value;
  }
  return out;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readFormDraft(key: string): Record<string, unknown> | null {
  try {
    const text = storage()?.getItem(key);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function writeFormDraft(key: string, values: unknown): void {
  const kept = draftValues(values);
  try {
    if (kept === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(kept));
  } catch {
    // A full or disabled storage only costs the draft.
  }
}

export function clearFormDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * A form's draft under `key` (null: no drafts, e.g. before sign-in): restored once when the form
 * mounts, written on every change. `restored` says a draft was put back (for a notice); `discard`
 * drops it and resets the form to its initial values.
 */
export function useFormDraft<V>(form: FormInstance<V>, key: string | null) {
  const [restored, setRestored] = useState(false);
  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    if (!key || restoredFor.current === key) return;
    restoredFor.current = key;
    const draft = readFormDraft(key);
    if (!draft) return;
    form.setFieldsValue(draft as Parameters<FormInstance<V>['setFieldsValue']>[0]);
    setRestored(true);
  }, [form, key]);
  return {
    restored,
    save: (allValues: unknown) => {
      if (key) writeFormDraft(key, allValues);
    },
    discard: () => {
      if (key) clearFormDraft(key);
      form.resetFields();
      setRestored(false);
    },
  };
}

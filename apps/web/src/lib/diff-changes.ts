/**
 * The fields of `after` whose value differs from `before`, for a PATCH that sends only what the user
 * changed. Values are compared by content (arrays and objects as JSON, so a re-sorted copy of the same
 * list is unchanged only when the mapper sorts it); `ignore` names fields that are never sent (a site's
 * kind cannot change after creation).
 */
export function diffChanges<T extends object>(before: T, after: T, ignore: readonly (keyof T)[] = []): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (ignore.includes(key)) continue;
    if (!sameValue(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // undefined and null both mean "nothing" to the API (JSON drops undefined fields).
  if (a == null && b == null) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when the changes hold nothing to send. */
export function isEmptyChange(changes: object): boolean {
  return Object.keys(changes).length === 0;
}

import { AppError } from './errors.ts';

/**
 * Optimistic concurrency (docs/decisions.md): an edit names the version it read. A stale one answers
 * 409 VERSION_CONFLICT with the current version, so the web can keep the user's input and offer a reload.
 */
export function assertVersion(current: number | string | bigint, expected: number): void {
  if (Number(current) !== expected) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(current) });
}

/** The conditional update (`where version = ?`) changed nothing: someone else saved in between. */
export function assertUpdated(updated: boolean): void {
  if (!updated) throw new AppError('VERSION_CONFLICT');
}

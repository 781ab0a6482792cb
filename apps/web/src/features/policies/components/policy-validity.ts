import type { Policy } from '@jobcircle/domain';

export type Validity = 'active' | 'not_yet' | 'expired';
export const VALIDITY_LABELS: Record<Validity, string> = { active: '有效', not_yet: '未生效', expired: '已失效' };

/** Where a date falls in a policy's validity (an empty end is open). */
export function validityOn(policy: Pick<Policy, 'effectiveFrom' | 'effectiveTo'>, on: string): Validity {
  if (policy.effectiveFrom && policy.effectiveFrom > on) return 'not_yet';
  if (policy.effectiveTo && policy.effectiveTo < on) return 'expired';
  return 'active';
}

/** `2022-01-01 至 2026-12-31`, `未载明` where the source gives no date. */
export function formatValidity(policy: Pick<Policy, 'effectiveFrom' | 'effectiveTo'>): string {
  return `${policy.effectiveFrom ?? '生效日期未载明'} 至 ${policy.effectiveTo ?? '长期或未载明'}`;
}

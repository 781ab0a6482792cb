import type { KeyGroupMembership } from '@jobcircle/domain';
import { pinyin } from 'pinyin-pro';

/** Pinyin initials of a name (张三 → zs; 单 as a surname reads shan → s), lower case, for search. */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Whole years between a birth date and a day, both `YYYY-MM-DD`. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A membership counts from its first day to its last, inclusive. */
export function isMembershipCurrent(membership: Pick<KeyGroupMembership, 'validFrom' | 'validTo'>, today: string): boolean {
  return membership.validFrom <= today && (membership.validTo == null || membership.validTo >= today);
}

/** Shanghai's calendar day of an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

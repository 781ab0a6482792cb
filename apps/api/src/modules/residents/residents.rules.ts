import { type KeyGroupMembership, type Permission, shanghaiDate } from '@jobcircle/domain';
import { pinyin } from 'pinyin-pro';

/** Pinyin initials of a name (张三 → zs; 单 as a surname reads shan → s), lower case, for search. */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * What a reader of residents is shown beyond the row: today's Shanghai date (for the age) and
 * whether birth dates are shown at all. Only to one who may unmask: the masked number keeps the
 * first 6 and last 4 characters, and the 8 it hides are the birth date (docs/decisions.md).
 */
export interface ReaderView {
  today: string;
  birthDates: boolean;
}

export function readerView(permissions: ReadonlySet<Permission>, now: Date): ReaderView {
  return { today: shanghaiDate(now), birthDates: permissions.has('resident:unmask') };
}

/** A membership counts from its first day to its last, inclusive. */
export function isMembershipCurrent(membership: Pick<KeyGroupMembership, 'validFrom' | 'validTo'>, today: string): boolean {
  return membership.validFrom <= today && (membership.validTo == null || membership.validTo >= today);
}

/**
 * Pure rule: the search index of a name — its one- and two-character pieces (王小明 → 王 小 明 王小
 * 小明) and every prefix of its pinyin initials, marked with ^ (^w ^wx ^wxm).
 */
export function nameTokens(name: string): string[] {
  const chars = Array.from(name.toLowerCase().replace(/\s+/g, ''));
  const tokens = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
  const initials = nameInitials(name);
  for (let i = 1; i <= initials.length; i++) tokens.add(`^${initials.slice(0, i)}`);
  return [...tokens];
}

/** The token of pinyin initials typed as a query (zs → ^zs). */
export function initialsToken(query: string): string {
  return `^${query.toLowerCase()}`;
}

/** The token a query is looked up by: the query itself when short, else its first two characters. */
export function queryToken(query: string): string {
  return Array.from(query.toLowerCase().replace(/\s+/g, '')).slice(0, 2).join('');
}

import { z } from 'zod';
import { shanghaiToday } from '../shanghai-time.ts';
import { isKnownAreaCode } from './area-codes.ts';
import { compactInput, maskMiddle } from './text.ts';

/**
 * Resident ID numbers (居民身份证号码), GB 11643-1999.
 *
 * 18 characters: a 6-digit area code (where the number was first issued, not where the person
 * lives now), an 8-digit birth date YYYYMMDD, a 3-digit sequence whose last digit gives the sex
 * (odd = male) and an ISO 7064 MOD 11-2 check character (0–9 or X).
 * Legacy 15-digit numbers (before 1999) have a 6-digit birth date YYMMDD in the 1900s and no
 * check character; they are accepted and converted to 18 characters.
 */

export const ID_NUMBER_ERRORS = ['format', 'check_digit', 'area_code', 'birth_date'] as const;
export type IdNumberError = (typeof ID_NUMBER_ERRORS)[number];

export const ID_NUMBER_ERROR_MESSAGES: Record<IdNumberError, string> = {
  format: '身份证号应为 18 位（末位可为 X）或 15 位旧号码',
  check_digit: '身份证号校验位不正确，请核对是否输错',
  area_code: '身份证号前 6 位不是有效的行政区划代码',
  birth_date: '身份证号中的出生日期无效',
};

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { male: '男', female: '女' };

export interface IdNumberInfo {
  /** The 18-character form, check character upper case. */
  normalized: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: Sex;
  /** The 6-digit area code of issue. */
  areaCode: string;
  /** The input was a legacy 15-digit number. */
  legacy15: boolean;
}

export type IdNumberResult = { ok: true; value: IdNumberInfo } | { ok: false; reason: IdNumberError };

/**
 * Chongming's county code changed twice: 310210 (崇明县, before 1982), 310230 (崇明县, 1982–2016),
 * 310151 (崇明区, since 2016). An ID number keeps the code of its first issue, so residents born
 * before 2016 normally carry 310230 or 310210: all three are Chongming.
 */
export const CHONGMING_AREA_CODES = ['310151', '310230', '310210'] as const;

export function isChongmingAreaCode(areaCode: string): boolean {
  return (CHONGMING_AREA_CODES as readonly string[]).includes(areaCode);
}

/**
 * Earliest birth date accepted. Not 1900: the standard's own published example
 * (440524188001010014) is born 1880-01-01, and the card system (from 1984) did issue numbers to
 * people born in the 1880s. 1850 keeps every number a living or recently deceased person can hold
 * while still rejecting obvious typos in the century; plausibility of an age (working age,
 * retirement) is a rule of the registry, not of the number.
 */
export const ID_NUMBER_MIN_BIRTH_DATE = '1850-01-01';

// ISO 7064 MOD 11-2: weight of position i (0-based, left to right) is 2^(17 - i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

const ID18_RE = /^[1-9]\d{16}[\dX]$/;
const ID15_RE = /^[1-9]\d{14}$/;
const PREFIX17_RE = /^\d{17}$/;

/** The MOD 11-2 check character of the first 17 digits (throws on anything but 17 digits). */
export function idNumberCheckChar(first17: string): string {
  if (!PREFIX17_RE.test(first17)) throw new RangeError('idNumberCheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** A legacy 15-digit number in its 18-character form (insert `19`, append the check character). */
export function idNumber15To18(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('idNumber15To18 expects exactly 15 digits');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idNumberCheckChar(first17);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `YYYYMMDD` → `YYYY-MM-DD` when it is a real calendar date within the accepted range. */
function birthDateOf(yyyymmdd: string, today: string): string | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > days) return undefined;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (iso < ID_NUMBER_MIN_BIRTH_DATE || iso > today) return undefined;
  return iso;
}

export interface ParseIdNumberOptions {
  /** The date birth dates may not be after, `YYYY-MM-DD`; defaults to today in Shanghai. */
  today?: string;
}

/**
 * Parses an ID number typed by a person: surrounding and inner whitespace and full-width
 * characters are tolerated, a lower-case x is read as X. Checks run in the order format →
 * check character → area code (GB/T 2260, withdrawn codes included) → birth date, so a typing
 * error is reported as `check_digit`.
 */
export function parseIdNumber(input: string, options: ParseIdNumberOptions = {}): IdNumberResult {
  const today = options.today ?? shanghaiToday();
  const compact = compactInput(input).toUpperCase();

  let normalized: string;
  let legacy15: boolean;
  if (ID18_RE.test(compact)) {
    if (idNumberCheckChar(compact.slice(0, 17)) !== compact[17]) return { ok: false, reason: 'check_digit' };
    normalized = compact;
    legacy15 = false;
  } else if (ID15_RE.test(compact)) {
    normalized = idNumber15To18(compact);
    legacy15 = true;
  } else {
    return { ok: false, reason: 'format' };
  }

  if (!isKnownAreaCode(normalized.slice(0, 6))) return { ok: false, reason: 'area_code' };
  const birthDate = birthDateOf(normalized.slice(6, 14), today);
  if (birthDate === undefined) return { ok: false, reason: 'birth_date' };
  const sex: Sex = Number(normalized[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { normalized, birthDate, sex, areaCode: normalized.slice(0, 6), legacy15 } };
}

/** True when `input` is a valid ID number (18 or legacy 15 characters). */
export function isIdNumber(input: string, options?: ParseIdNumberOptions): boolean {
  return parseIdNumber(input, options).ok;
}

/**
 * Form and API input: any accepted spelling → the normalized 18-character ID number; a failure
 * carries the zh-CN message of its reason.
 */
export const IdNumberSchema = z.string({ error: ID_NUMBER_ERROR_MESSAGES.format }).transform((input, ctx) => {
  const result = parseIdNumber(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: ID_NUMBER_ERROR_MESSAGES[result.reason], params: { reason: result.reason } });
    return z.NEVER;
  }
  return result.value.normalized;
});

/**
 * Display form: the first 6 and last 4 characters, the rest asterisks (310230********1234).
 * A valid number is masked in its normalized 18-character form; anything else is masked as typed
 * (whitespace removed), and a value of 10 characters or fewer is masked whole.
 */
export function maskIdNumber(input: string): string {
  const result = parseIdNumber(input, { today: '9999-12-31' });
  return maskMiddle(result.ok ? result.value.normalized : compactInput(input), 6, 4);
}

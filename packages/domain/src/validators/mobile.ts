import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { compactInput, maskMiddle } from './text.ts';

/**
 * Mainland China mobile numbers. Validity is decided by libphonenumber's full metadata
 * (`libphonenumber-js/max`), which knows which 1xx prefixes are allocated to mobile networks —
 * stricter than a `1[3-9]\d{9}` pattern (e.g. 140, 146 and 174 are not mobile ranges).
 * Accepted spellings: 13912345678, 139 1234 5678, 139-1234-5678, +86 139…, 86139…, 0086139….
 */

export const MOBILE_ERRORS = ['format', 'not_mainland', 'invalid', 'not_mobile'] as const;
export type MobileError = (typeof MOBILE_ERRORS)[number];

export const MOBILE_ERROR_MESSAGES: Record<MobileError, string> = {
  format: '手机号应为 11 位数字',
  not_mainland: '仅支持中国大陆手机号',
  invalid: '手机号不存在，请核对号段',
  not_mobile: '请填写手机号，而不是固定电话',
};

export interface MobileInfo {
  /** The 11-digit national number, e.g. `13912345678`. */
  normalized: string;
  /** E.164, e.g. `+8613912345678`. */
  e164: string;
}

export type MobileResult = { ok: true; value: MobileInfo } | { ok: false; reason: MobileError };

const DIGITS_RE = /^\+?\d+$/;
const NATIONAL_MOBILE_RE = /^1\d{10}$/;

export function parseMobile(input: string): MobileResult {
  const digits = compactInput(input).replace(/[-()]/g, '');
  if (!DIGITS_RE.test(digits)) return { ok: false, reason: 'format' };
  const phone = parsePhoneNumberFromString(digits, 'CN');
  if (phone === undefined) return { ok: false, reason: 'format' };
  if (phone.countryCallingCode !== '86') return { ok: false, reason: 'not_mainland' };
  const national = String(phone.nationalNumber);
  if (!phone.isValid()) return { ok: false, reason: NATIONAL_MOBILE_RE.test(national) ? 'invalid' : 'format' };
  const type = phone.getType();
  if ((type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') || !NATIONAL_MOBILE_RE.test(national)) {
    return { ok: false, reason: 'not_mobile' };
  }
  return { ok: true, value: { normalized: national, e164: `+86${national}` } };
}

export function isMobile(input: string): boolean {
  return parseMobile(input).ok;
}

/** Form and API input: any accepted spelling → the 11-digit number; failures carry the zh-CN message. */
export const MobileSchema = z.string({ error: MOBILE_ERROR_MESSAGES.format }).transform((input, ctx) => {
  const result = parseMobile(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: MOBILE_ERROR_MESSAGES[result.reason], params: { reason: result.reason } });
    return z.NEVER;
  }
  return result.value.normalized;
});

/**
 * Display form: first 3 and last 4 digits (139****0000). A valid number is masked in its 11-digit
 * form; anything else as typed (whitespace removed), wholly masked when 7 characters or fewer.
 */
export function maskMobile(input: string): string {
  // An 11-digit number masks the same whether or not it is valid: skip the parser (hot in imports).
  if (/^\d{11}$/.test(input)) return maskMiddle(input, 3, 4);
  const result = parseMobile(input);
  return maskMiddle(result.ok ? result.value.normalized : compactInput(input), 3, 4);
}

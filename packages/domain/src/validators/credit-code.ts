import { z } from 'zod';
import { compactInput } from './text.ts';

/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (0–9 and A–Y without I, O, S, V, Z):
 *   1     registration authority (登记管理部门代码)
 *   2     organisation type within that authority (机构类别代码)
 *   3–8   administrative division of the registering office (登记管理机关行政区划码, digits)
 *   9–17  organisation code (主体标识码, the GB 11714 组织机构代码)
 *   18    check character: 31 − (Σ value × weight mod 31), with 31 read as 0
 */

export const CREDIT_CODE_ERRORS = ['format', 'check_digit'] as const;
export type CreditCodeError = (typeof CREDIT_CODE_ERRORS)[number];

export const CREDIT_CODE_ERROR_MESSAGES: Record<CreditCodeError, string> = {
  format: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
  check_digit: '统一社会信用代码校验位不正确，请核对是否输错',
};

/** The code's alphabet; a character's value is its index. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const CREDIT_CODE_RE = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;
const PREFIX17_RE = /^[0-9A-HJ-NP-RTUWXY]{17}$/;

/**
 * Registration authorities (first character) whose meaning is certain from GB 32100-2015 and its
 * use in practice; other characters are accepted but have no label here.
 */
export const CREDIT_CODE_AUTHORITY_LABELS: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '5': '民政',
  '9': '工商（市场监管）',
  Y: '其他',
};

/** Organisation types (first two characters) for the common authorities. */
export const CREDIT_CODE_TYPE_LABELS: Readonly<Record<string, string>> = {
  '11': '机关',
  '12': '事业单位',
  '13': '中央编办直接管理机构编制的群众团体',
  '19': '其他（机构编制）',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他（民政）',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  Y1: '其他',
};

export interface CreditCodeInfo {
  /** Upper case, 18 characters. */
  normalized: string;
  /** First character, e.g. `9`. */
  authorityCode: string;
  authorityLabel: string | undefined;
  /** First two characters, e.g. `92` (个体工商户). */
  typeCode: string;
  typeLabel: string | undefined;
  /** Characters 3–8: the registering office's administrative division, e.g. `310151`. */
  regionCode: string;
  /** Characters 9–17: the GB 11714 organisation code. */
  organizationCode: string;
}

export type CreditCodeResult = { ok: true; value: CreditCodeInfo } | { ok: false; reason: CreditCodeError };

/** The check character of the first 17 characters (throws outside the alphabet or length). */
export function creditCodeCheckChar(first17: string): string {
  if (!PREFIX17_RE.test(first17)) throw new RangeError('creditCodeCheckChar expects 17 characters of the credit-code alphabet');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/** Parses a typed credit code: whitespace and full-width characters tolerated, lower case accepted. */
export function parseCreditCode(input: string): CreditCodeResult {
  const normalized = compactInput(input).toUpperCase();
  if (!CREDIT_CODE_RE.test(normalized)) return { ok: false, reason: 'format' };
  if (creditCodeCheckChar(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, reason: 'check_digit' };
  const authorityCode = normalized.slice(0, 1);
  const typeCode = normalized.slice(0, 2);
  return {
    ok: true,
    value: {
      normalized,
      authorityCode,
      authorityLabel: CREDIT_CODE_AUTHORITY_LABELS[authorityCode],
      typeCode,
      typeLabel: CREDIT_CODE_TYPE_LABELS[typeCode],
      regionCode: normalized.slice(2, 8),
      organizationCode: normalized.slice(8, 17),
    },
  };
}

export function isCreditCode(input: string): boolean {
  return parseCreditCode(input).ok;
}

/** Form and API input: any accepted spelling → the normalized code; failures carry the zh-CN message. */
export const CreditCodeSchema = z.string({ error: CREDIT_CODE_ERROR_MESSAGES.format }).transform((input, ctx) => {
  const result = parseCreditCode(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: CREDIT_CODE_ERROR_MESSAGES[result.reason], params: { reason: result.reason } });
    return z.NEVER;
  }
  return result.value.normalized;
});

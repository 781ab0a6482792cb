import { z } from 'zod';
import { PermissionSchema, RoleSchema } from './permission-schemas.ts';
import { RegionLevelSchema } from './regions.ts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** 等保 2.0 practice: no reuse of the last 5 passwords. */
export const PASSWORD_HISTORY_DEPTH = 5;

export type PasswordRuleViolation =
  | 'too_short'
  | 'too_long'
  | 'classes'
  | 'contains_username'
  | 'site_words'
  | 'repeated'
  | 'surrounding_space';
export const PASSWORD_RULE_MESSAGES: Record<PasswordRuleViolation | 'common' | 'reused', string> = {
  too_short: `至少 ${PASSWORD_MIN_LENGTH} 个字符`,
  too_long: `不能超过 ${PASSWORD_MAX_LENGTH} 个字符`,
  classes: '需包含大写字母、小写字母、数字、符号中的至少 3 类',
  contains_username: '不能包含用户名',
  site_words: '不能包含系统、区县或单位的名称（如 jobcircle、chongming、崇明、就业）',
  repeated: '不能由同一段字符重复组成（如 Aa1!Aa1!），也不能有 4 个以上相同字符连在一起',
  surrounding_space: '首尾不能有空格（密码不会被自动去掉空格）',
  common: '这是常见密码，容易被猜中',
  reused: `不能与最近 ${PASSWORD_HISTORY_DEPTH} 次使用过的密码相同`,
};

/**
 * Words an attacker tries first against this system: the product, the district, the brand, the
 * bureau. Matched case-insensitively after undoing the usual substitutions (0→o, 1→i, 3→e, @→a…).
 */
export const PASSWORD_SITE_WORDS = [
  'jobcircle',
  'chongming',
  'chongxin',
  'jiuye',
  'renshe',
  'shanghai',
  '崇明',
  '崇心',
  '乐业',
  '就业',
  '服务圈',
  '人社',
  '上海',
] as const;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', '5': 's', $: 's', '7': 't' };

function deLeet(text: string): string {
  return text.toLowerCase().replace(/[0134@5$7!]/g, (ch) => LEET[ch] ?? ch);
}

/** Pure part of the password policy (the common-password list and reuse are checked by the server). */
export function passwordRuleViolations(password: string, username?: string): PasswordRuleViolation[] {
  const violations: PasswordRuleViolation[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) violations.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) violations.push('too_long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < 3) violations.push('classes');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    violations.push('contains_username');
  }
  const lower = password.toLowerCase();
  const plain = deLeet(password);
  if (PASSWORD_SITE_WORDS.some((word) => lower.includes(word) || plain.includes(word))) violations.push('site_words');
  // A unit said twice or more (Aa1!Aa1!, abcabcabc), or four of one character in a row.
  if (/^(.+)\1+$/su.test(password) || /(.)\1{3}/su.test(password)) violations.push('repeated');
  if (password !== password.trim()) violations.push('surrounding_space');
  return violations;
}

export const SignInBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1, { error: '请输入用户名' }).max(64),
  password: z.string().min(1, { error: '请输入密码' }).max(PASSWORD_MAX_LENGTH),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, { error: '请输入当前密码' }).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1, { error: '请输入新密码' }).max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const MeSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  permissions: z.array(PermissionSchema),
  regionLevel: RegionLevelSchema,
  regionCode: z.string(),
  regionName: z.string(),
  siteId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** A district or town admin without a second factor: enrolment comes before anything else. */
  mustEnrolSecondFactor: z.boolean(),
  secondFactorEnabled: z.boolean(),
  /** Send back in the `X-CSRF-Token` header on every state-changing request. */
  csrfToken: z.string(),
  idleTimeoutMinutes: z.number().int(),
  absoluteExpiresAt: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

/** Step two of a sign-in with a second factor: the challenge from SECOND_FACTOR_REQUIRED and one code. */
export const SecondFactorSignInBodySchema = z
  .object({
    challenge: z.string().min(20).max(100),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { error: '请输入 6 位数字验证码' })
      .optional(),
    recoveryCode: z.string().trim().min(16).max(32).optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    error: '请输入动态验证码或一个恢复码',
    path: ['code'],
  });
export type SecondFactorSignInBody = z.infer<typeof SecondFactorSignInBodySchema>;

/** Enrolment: the secret and its otpauth:// URI (for the QR code), shown once. */
export const SecondFactorEnrolmentSchema = z.object({ secret: z.string(), uri: z.string() });
export type SecondFactorEnrolment = z.infer<typeof SecondFactorEnrolmentSchema>;

export const ConfirmSecondFactorBodySchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: '请输入 6 位数字验证码' }),
});
export type ConfirmSecondFactorBody = z.infer<typeof ConfirmSecondFactorBodySchema>;

/** Ten single-use recovery codes, shown once at confirmation. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;

export const SecondFactorStatusSchema = z.object({
  enabled: z.boolean(),
  confirmedAt: z.string().nullable(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatusSchema>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'jc_session';

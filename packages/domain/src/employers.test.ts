import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_PHONE_ERROR_MESSAGES,
  ContactPhoneSchema,
  CreateEmployerBodySchema,
  employerIssues,
  maskContactPhone,
  parseContactPhone,
  UpdateEmployerBodySchema,
} from './employers.ts';

const normalOf = (input: string) => {
  const result = parseContactPhone(input);
  return result.ok ? result.value.normalized : result.reason;
};

describe('contact phones', () => {
  it('accepts mobiles and normalises them to 11 digits', () => {
    for (const typed of ['13912345678', '139 1234 5678', '+86 139-1234-5678', '１３９１２３４５６７８']) {
      expect(parseContactPhone(typed)).toEqual({ ok: true, value: { normalized: '13912345678', kind: 'mobile' } });
    }
  });

  it('accepts fixed lines with their area code, and reads 8 bare digits as a Shanghai number', () => {
    for (const typed of ['021-59612345', '021 5961 2345', '(021)59612345', '02159612345', '+86 21 5961 2345', '59612345']) {
      expect(normalOf(typed)).toBe('021-59612345');
    }
    expect(normalOf('0571-88888888')).toBe('0571-88888888');
    expect(normalOf('010 1234 5678')).toBe('010-12345678');
  });

  it('keeps an extension written after 转, #, ext or x', () => {
    for (const typed of ['021-59612345转801', '021-59612345#801', '021-59612345 ext. 801', '02159612345x801']) {
      expect(normalOf(typed)).toBe('021-59612345转801');
    }
  });

  it('refuses what is neither, with the reason', () => {
    expect(normalOf('12345')).toBe('format');
    expect(normalOf('021-5961234')).toBe('format');
    expect(normalOf('4008208820')).toBe('format');
    expect(normalOf('电话')).toBe('format');
    expect(normalOf('14012345678')).toBe('invalid');
    const result = ContactPhoneSchema.safeParse('12345');
    expect(result.success ? null : result.error.issues[0]?.message).toBe(CONTACT_PHONE_ERROR_MESSAGES.format);
  });

  it('masks a mobile as 3+4 digits and a fixed line down to its area code and 2+2 digits', () => {
    expect(maskContactPhone('13912345678')).toBe('139****5678');
    expect(maskContactPhone('021-59612345')).toBe('021-59****45');
    expect(maskContactPhone('021-59612345转801')).toBe('021-59****45');
    expect(maskContactPhone('0571-8888123')).toBe('0571-88***23');
  });

  it('never shows more than four digits of a Shanghai fixed line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000_000, max: 99_999_999 }), (n) => {
        const result = parseContactPhone(String(n));
        if (!result.ok) return;
        const masked = maskContactPhone(result.value.normalized);
        expect(masked.slice(4).replace(/\D/g, '')).toHaveLength(4);
      }),
    );
  });
});

describe('employer rules', () => {
  it('requires a credit code of every kind but a sole proprietor', () => {
    expect(employerIssues({ kind: 'sole_proprietor', creditCode: null })).toEqual([]);
    expect(employerIssues({ kind: 'cooperative', creditCode: null }).map((issue) => issue.path)).toEqual(['creditCode']);
    expect(employerIssues({ kind: 'company', creditCode: '91110000600037341L' })).toEqual([]);
  });

  it('wants both coordinates or neither', () => {
    expect(employerIssues({ kind: 'sole_proprietor', lng: 121.4 }).map((issue) => issue.path)).toEqual(['lat']);
    expect(employerIssues({ kind: 'sole_proprietor', lat: 31.6 }).map((issue) => issue.path)).toEqual(['lng']);
  });

  it('puts the cross-field fault on creditCode in the create body, and checks the code itself', () => {
    const body = { kind: 'homestay', name: '民宿', industryDivision: '61', townCode: '310151101', address: '地址' };
    const missing = CreateEmployerBodySchema.safeParse(body);
    expect(missing.success ? [] : missing.error.issues.map((issue) => issue.path.join('.'))).toEqual(['creditCode']);
    const wrong = CreateEmployerBodySchema.safeParse({ ...body, creditCode: '91110000600037341N' });
    expect(wrong.success ? [] : wrong.error.issues.map((issue) => issue.path.join('.'))).toEqual(['creditCode']);
    expect(CreateEmployerBodySchema.parse({ ...body, creditCode: '91110000600037341l' }).creditCode).toBe('91110000600037341L');
  });

  it('takes partial updates that carry the version', () => {
    expect(UpdateEmployerBodySchema.safeParse({ name: '新名' }).success).toBe(false);
    expect(UpdateEmployerBodySchema.parse({ version: 3, creditCode: null })).toEqual({ version: 3, creditCode: null });
  });
});

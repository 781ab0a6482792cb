import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOBILE_ERROR_MESSAGES, MobileSchema, maskMobile, parseMobile } from './mobile.ts';
import { compactInput } from './text.ts';

const reasonOf = (s: string) => {
  const r = parseMobile(s);
  return r.ok ? 'ok' : r.reason;
};

// Prefixes allocated to mainland mobile networks (China Mobile, Unicom, Telecom, Broadnet).
const MOBILE_PREFIXES = ['130', '135', '139', '150', '158', '166', '176', '180', '186', '189', '191', '192', '198', '199'];
const digit = fc.constantFrom(...'0123456789');
const mobileArb = fc
  .tuple(fc.constantFrom(...MOBILE_PREFIXES), fc.string({ unit: digit, minLength: 8, maxLength: 8 }))
  .map(([p, rest]) => p + rest);

describe('parseMobile', () => {
  it('accepts the usual spellings and normalises to 11 digits', () => {
    for (const typed of [
      '13912345678',
      '139 1234 5678',
      '139-1234-5678',
      '+86 139 1234 5678',
      '+86-139-1234-5678',
      '(+86) 13912345678',
      '8613912345678',
      '86 139 1234 5678',
      '008613912345678',
      '１３９１２３４５６７８',
    ]) {
      expect(parseMobile(typed), typed).toEqual({ ok: true, value: { normalized: '13912345678', e164: '+8613912345678' } });
    }
  });

  it('rejects unallocated prefixes that a 1[3-9]\\d{9} pattern would accept', () => {
    for (const n of ['14012345678', '14612345678', '17412345678']) expect(reasonOf(n), n).toBe('invalid');
    expect(reasonOf('12345678901')).toBe('invalid');
  });

  it('rejects landlines as not_mobile', () => {
    expect(reasonOf('021-69961234')).toBe('not_mobile');
    expect(reasonOf('+86 21 6996 1234')).toBe('not_mobile');
  });

  it('rejects numbers outside the mainland', () => {
    expect(reasonOf('+852 6123 4567')).toBe('not_mainland');
    expect(reasonOf('+1 650 253 0000')).toBe('not_mainland');
  });

  it('rejects malformed input as format', () => {
    for (const bad of ['', 'abc', '139-1234-567a', '1391234567', '139123456789', '139.1234.5678', '13912345678+']) {
      expect(reasonOf(bad), bad).toBe('format');
    }
  });

  it('accepts every number of the allocated prefixes, however it is spelled', () => {
    fc.assert(
      fc.property(mobileArb, (n) => {
        const spelled = [
          n,
          `+86${n}`,
          `86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
          `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
        ];
        return spelled.every((s) => {
          const r = parseMobile(s);
          return r.ok && r.value.normalized === n;
        });
      }),
    );
  });
});

describe('MobileSchema', () => {
  it('outputs the 11-digit number', () => {
    expect(MobileSchema.parse('+86 139-1234-5678')).toBe('13912345678');
  });

  it('fails with the message of the failing reason', () => {
    for (const [input, reason] of [
      ['14012345678', 'invalid'],
      ['021-69961234', 'not_mobile'],
      ['abc', 'format'],
    ] as const) {
      const r = MobileSchema.safeParse(input);
      expect(r.error?.issues.map((i) => i.message)).toEqual([MOBILE_ERROR_MESSAGES[reason]]);
    }
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and the last 4 digits', () => {
    expect(maskMobile('13900000000')).toBe('139****0000');
    expect(maskMobile('+86 139-1234-5678')).toBe('139****5678');
    expect(maskMobile('1234567')).toBe('*******');
  });

  it('never reveals more than the first 3 and last 4 characters of any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          mobileArb,
          mobileArb.map((n) => `+86 ${n}`),
        ),
        (input) => {
          const masked = Array.from(maskMobile(input));
          const parsed = parseMobile(input);
          const source = Array.from(parsed.ok ? parsed.value.normalized : compactInput(input));
          if (masked.length !== source.length) return false;
          return masked.every((c, i) => ((i >= 3 && i < source.length - 4) || source.length <= 7 ? c === '*' : c === source[i]));
        },
      ),
    );
  });
});

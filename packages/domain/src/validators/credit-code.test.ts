import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_ERROR_MESSAGES,
  CREDIT_CODE_TYPE_LABELS,
  CreditCodeSchema,
  creditCodeCheckChar,
  isCreditCode,
  parseCreditCode,
} from './credit-code.ts';

const reasonOf = (s: string) => {
  const r = parseCreditCode(s);
  return r.ok ? 'ok' : r.reason;
};

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const digit = fc.constantFrom(...'0123456789');
const validCodeArb = fc
  .tuple(
    fc.string({ unit: alphabetChar, minLength: 2, maxLength: 2 }),
    fc.string({ unit: digit, minLength: 6, maxLength: 6 }),
    fc.string({ unit: alphabetChar, minLength: 9, maxLength: 9 }),
  )
  .map(([head, region, org]) => head + region + org)
  .map((first17) => first17 + creditCodeCheckChar(first17));

describe('parseCreditCode', () => {
  it('accepts the published example and reads its parts', () => {
    expect(parseCreditCode('91110000600037341L')).toEqual({
      ok: true,
      value: {
        normalized: '91110000600037341L',
        authorityCode: '9',
        authorityLabel: '工商（市场监管）',
        typeCode: '91',
        typeLabel: CREDIT_CODE_TYPE_LABELS['91'],
        regionCode: '110000',
        organizationCode: '600037341',
      },
    });
  });

  it('rejects the published counter-example as check_digit', () => {
    expect(reasonOf('91110000600037341N')).toBe('check_digit');
  });

  it('normalises case, whitespace and full-width characters', () => {
    for (const typed of ['91110000600037341l', ' 9111 0000 6000 3734 1L ', '９１１１００００６０００３７３４１Ｌ']) {
      const r = parseCreditCode(typed);
      expect(r.ok && r.value.normalized).toBe('91110000600037341L');
    }
  });

  it('labels the common organisation types and leaves unknown ones unlabelled', () => {
    const sole = '92310151MA1000000';
    const soleResult = parseCreditCode(sole + creditCodeCheckChar(sole));
    expect(soleResult.ok && soleResult.value.typeLabel).toBe('个体工商户');
    const coop = `93310151${'0'.repeat(9)}`;
    const coopResult = parseCreditCode(coop + creditCodeCheckChar(coop));
    expect(coopResult.ok && [coopResult.value.typeLabel, coopResult.value.regionCode]).toEqual(['农民专业合作社', '310151']);
    const other = `Q1310151${'0'.repeat(9)}`;
    const otherResult = parseCreditCode(other + creditCodeCheckChar(other));
    expect(otherResult.ok && [otherResult.value.authorityLabel, otherResult.value.typeLabel]).toEqual([undefined, undefined]);
  });

  it('rejects bad formats', () => {
    const bad = [
      '',
      '91110000600037341', // 17 characters
      '91110000600037341LL', // 19
      '9111000060003734IL', // I is not in the alphabet
      '9111000060003734OL', // O
      '9111000060003734SL', // S
      '9111000060003734VL', // V
      '9111000060003734ZL', // Z
      '911100A0600037341L', // letter in the region part
      '91110000-600037341L',
    ];
    for (const code of bad) expect(reasonOf(code), code).toBe('format');
  });

  it('creditCodeCheckChar refuses anything but 17 alphabet characters', () => {
    expect(() => creditCodeCheckChar('9111000060003734')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('9111000060003734I')).toThrow(RangeError);
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });
});

describe('check character (properties)', () => {
  it('every well-formed 17-character prefix with its computed check character parses', () => {
    fc.assert(fc.property(validCodeArb, (code) => isCreditCode(code) && isCreditCode(code.toLowerCase())));
  });

  it('changing any one character of a valid code always breaks it', () => {
    fc.assert(
      fc.property(validCodeArb, fc.integer({ min: 0, max: 17 }), alphabetChar, (code, pos, replacement) => {
        fc.pre(code[pos] !== replacement);
        return !isCreditCode(code.slice(0, pos) + replacement + code.slice(pos + 1));
      }),
    );
  });

  it('swapping two different adjacent characters of the first 17 always breaks it', () => {
    fc.assert(
      fc.property(validCodeArb, fc.integer({ min: 0, max: 15 }), (code, pos) => {
        fc.pre(code[pos] !== code[pos + 1]);
        return !isCreditCode(code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2));
      }),
    );
  });
});

describe('CreditCodeSchema', () => {
  it('outputs the normalized code', () => {
    expect(CreditCodeSchema.parse('91110000600037341l')).toBe('91110000600037341L');
  });

  it('fails with the message of the failing reason', () => {
    for (const [input, reason] of [
      ['91110000600037341N', 'check_digit'],
      ['9111', 'format'],
    ] as const) {
      const r = CreditCodeSchema.safeParse(input);
      expect(r.error?.issues.map((i) => i.message)).toEqual([CREDIT_CODE_ERROR_MESSAGES[reason]]);
    }
  });
});

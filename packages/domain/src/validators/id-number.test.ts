import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiToday } from '../shanghai-time.ts';
import { isKnownAreaCode, SHANGHAI_WITHDRAWN } from './area-codes.ts';
import {
  CHONGMING_AREA_CODES,
  ID_NUMBER_ERROR_MESSAGES,
  IdNumberSchema,
  idNumber15To18,
  idNumberCheckChar,
  isChongmingAreaCode,
  isIdNumber,
  maskIdNumber,
  parseIdNumber,
} from './id-number.ts';
import { compactInput } from './text.ts';

const TODAY = '2026-06-30';
const parse = (s: string) => parseIdNumber(s, { today: TODAY });
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
const reasonOf = (s: string) => {
  const r = parse(s);
  return r.ok ? 'ok' : r.reason;
};

// ── generators ──
const digit = fc.constantFrom(...'0123456789');
// Area codes that exist (GB/T 2260): a random six-digit number is refused as 'area_code'.
const areaArb = fc.integer({ min: 110000, max: 999999 }).map(String).filter(isKnownAreaCode);
const seqArb = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
const dateArb = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const validIdArb = fc
  .record({ area: areaArb, birthDate: dateArb('1850-01-01', TODAY), seq: seqArb })
  .map(({ area, birthDate, seq }) => ({ area, birthDate, seq, id: withCheck(area + birthDate.replaceAll('-', '') + seq) }));

describe('published examples', () => {
  it('accepts 11010519491231002X with its birth date and sex', () => {
    expect(parse('11010519491231002X')).toEqual({
      ok: true,
      value: { normalized: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', areaCode: '110105', legacy15: false },
    });
  });

  it('accepts 440524188001010014, born 1880 (years from 1850 are accepted)', () => {
    const r = parse('440524188001010014');
    expect(r.ok && r.value).toMatchObject({ birthDate: '1880-01-01', sex: 'male', areaCode: '440524' });
  });
});

describe('parseIdNumber', () => {
  it('normalises a lower-case x, whitespace and full-width characters', () => {
    for (const typed of [
      '11010519491231002x',
      ' 110105 19491231 002X ',
      '１１０１０５１９４９１２３１００２Ｘ',
      '110105\u300019491231002x',
    ]) {
      const r = parse(typed);
      expect(r.ok && r.value.normalized).toBe('11010519491231002X');
    }
  });

  it('accepts the three Chongming county codes and other areas alike', () => {
    for (const area of [...CHONGMING_AREA_CODES, '110105', '320102']) {
      const r = parse(withCheck(`${area}19800101123`));
      expect(r.ok && r.value.areaCode).toBe(area);
    }
    expect(CHONGMING_AREA_CODES.every(isChongmingAreaCode)).toBe(true);
    expect(isChongmingAreaCode('310101')).toBe(false);
    expect(isChongmingAreaCode('110105')).toBe(false);
  });

  it('reads the sex from digit 17 (odd = male)', () => {
    const male = parse(withCheck('31023019800101123'));
    const female = parse(withCheck('31023019800101124'));
    expect(male.ok && male.value.sex).toBe('male');
    expect(female.ok && female.value.sex).toBe('female');
  });

  it('rejects malformed input as format', () => {
    for (const bad of [
      '',
      '11010519491231002',
      '11010519491231002X1',
      '1101051949123100XX',
      '01010519491231002X',
      '11010519491231002Y',
      'abc',
      '11010549123100',
    ]) {
      expect(reasonOf(bad), bad).toBe('format');
    }
  });

  it('rejects a wrong check character as check_digit', () => {
    expect(reasonOf('110105194912310021')).toBe('check_digit');
    expect(reasonOf('440524188001010015')).toBe('check_digit');
  });

  it('rejects impossible, future and too-early birth dates', () => {
    const bad = ['19801301', '19800230', '19000229', '19800431', '19800100', '20260701', '18491231'];
    for (const date of bad) expect(reasonOf(withCheck(`310230${date}123`)), date).toBe('birth_date');
    for (const date of ['20000229', '19960229', TODAY.replaceAll('-', ''), '18500101']) {
      expect(reasonOf(withCheck(`310230${date}123`)), date).toBe('ok');
    }
  });

  it('uses the Shanghai date by default', () => {
    // 2026-06-30T17:00Z is already 2026-07-01 in Shanghai.
    expect(shanghaiToday(Date.parse('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
    expect(shanghaiToday(Date.parse('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
    expect(isIdNumber(withCheck('31023099991231123'))).toBe(false);
  });
});

describe('legacy 15-digit numbers', () => {
  it('converts 110105491231002 to the published 18-digit example', () => {
    expect(parse('110105491231002')).toEqual({
      ok: true,
      value: { normalized: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', areaCode: '110105', legacy15: true },
    });
    expect(idNumber15To18('110105491231002')).toBe('11010519491231002X');
  });

  it('rejects a 15-digit number with an impossible date', () => {
    expect(reasonOf('310230800230123')).toBe('birth_date');
  });

  it('round-trips 15 → 18 → 15 with the same person', () => {
    fc.assert(
      fc.property(areaArb, dateArb('1900-01-01', '1999-12-31'), seqArb, (area, birthDate, seq) => {
        const id15 = area + birthDate.replaceAll('-', '').slice(2) + seq;
        const legacy = parse(id15);
        if (!legacy.ok) return false;
        const current = parse(legacy.value.normalized);
        if (!current.ok) return false;
        const back = legacy.value.normalized.slice(0, 6) + legacy.value.normalized.slice(8, 17);
        return (
          legacy.value.legacy15 &&
          !current.value.legacy15 &&
          legacy.value.normalized === idNumber15To18(id15) &&
          current.value.birthDate === birthDate &&
          legacy.value.birthDate === birthDate &&
          current.value.sex === legacy.value.sex &&
          back === id15
        );
      }),
    );
  });
});

describe('check character (properties)', () => {
  it('every valid 17-digit prefix with its computed check character parses to the same facts', () => {
    fc.assert(
      fc.property(validIdArb, ({ area, birthDate, seq, id }) => {
        const r = parse(id);
        return (
          r.ok &&
          r.value.normalized === id &&
          r.value.birthDate === birthDate &&
          r.value.areaCode === area &&
          r.value.sex === (Number(seq[2]) % 2 === 1 ? 'male' : 'female')
        );
      }),
    );
  });

  it('a computed check character is never reported as wrong, whatever the 17 digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: digit, minLength: 17, maxLength: 17 }), (first17) => reasonOf(withCheck(first17)) !== 'check_digit'),
    );
  });

  it('changing any one character of a valid ID number always breaks it (MOD 11-2 catches every single error)', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X'), ({ id }, pos, replacement) => {
        fc.pre(id[pos] !== replacement);
        const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
        return !parse(changed).ok;
      }),
    );
  });

  it('swapping two different adjacent digits of a valid ID number always breaks it', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 15 }), ({ id }, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        return !parse(swapped).ok;
      }),
    );
  });

  it('idNumberCheckChar refuses anything but 17 digits', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100X')).toThrow(RangeError);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
});

describe('IdNumberSchema', () => {
  it('outputs the normalized 18-character number', () => {
    expect(IdNumberSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(IdNumberSchema.parse('110105491231002')).toBe('11010519491231002X');
  });

  it('fails with the message of the failing reason', () => {
    const cases = [
      ['110105194912310021', 'check_digit'],
      ['12345', 'format'],
      [withCheck('31023019801301123'), 'birth_date'],
    ] as const;
    for (const [input, reason] of cases) {
      const r = IdNumberSchema.safeParse(input);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual([ID_NUMBER_ERROR_MESSAGES[reason]]);
    }
    expect(IdNumberSchema.safeParse(12345).success).toBe(false);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    const id = withCheck('31023019800101123');
    expect(maskIdNumber(id)).toBe(`310230********${id.slice(14)}`);
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('never reveals more than the first 6 and last 4 characters of any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          validIdArb.map((v) => v.id),
        ),
        (input) => {
          const masked = Array.from(maskIdNumber(input));
          const parsed = parseIdNumber(input, { today: '9999-12-31' });
          const source = Array.from(parsed.ok ? parsed.value.normalized : compactInput(input));
          if (masked.length !== source.length) return false;
          const revealed = masked.filter((c, i) => c !== '*' && c === source[i]).length;
          const hidden = masked.every((c, i) => ((i >= 6 && i < source.length - 4) || source.length <= 10 ? c === '*' : c === source[i]));
          return revealed <= 10 && hidden;
        },
      ),
    );
  });
});

describe('area code (GB/T 2260, issue 14)', () => {
  const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
  it('refuses a number whose province or county does not exist', () => {
    for (const area of ['999999', '990101', '310199', '310300', '320000', '110100']) {
      expect(parseIdNumber(withCheck(`${area}19800517123`), { today: '2026-12-03' })).toEqual({ ok: false, reason: 'area_code' });
    }
  });
  it('accepts withdrawn codes, which numbers keep for life (崇明县 310230 and 310210, 南汇区, 卢湾区, 潮阳县)', () => {
    for (const area of ['310230', '310210', '310119', '310103', '440524', '310151', '110105', '320684', '441900']) {
      expect(parseIdNumber(withCheck(`${area}19800517123`), { today: '2026-12-03' }).ok).toBe(true);
    }
    for (const area of SHANGHAI_WITHDRAWN) expect(isKnownAreaCode(area)).toBe(true);
  });
  it('still reports a typing error as the check character, before the area', () => {
    const valid = withCheck('99999919800517123');
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(parseIdNumber(wrong, { today: '2026-12-03' })).toEqual({ ok: false, reason: 'check_digit' });
  });
});

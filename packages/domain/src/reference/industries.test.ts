import { describe, expect, it } from 'vitest';
import {
  INDUSTRY_DIVISION_CODES,
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTION_CODES,
  INDUSTRY_SECTIONS,
  IndustryDivisionCodeSchema,
  IndustrySectionCodeSchema,
  industryDivision,
  industryDivisionOfCode,
  industrySection,
  industrySectionOf,
} from './industries.ts';

describe('GB/T 4754-2017 sections and divisions', () => {
  it('has the 20 门类 A–T and the 97 大类 01–97 without gaps', () => {
    expect(INDUSTRY_SECTION_CODES.join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(INDUSTRY_DIVISION_CODES).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(INDUSTRY_DIVISIONS).toHaveLength(97);
  });

  it('puts every 大类 in exactly one 门类, in order', () => {
    const flattened = INDUSTRY_SECTIONS.flatMap((s) => s.divisions.map((d) => d.code));
    expect(flattened).toEqual(INDUSTRY_DIVISION_CODES);
    expect(INDUSTRY_SECTIONS.map((s) => s.divisions.length)).toEqual([5, 7, 31, 3, 4, 2, 8, 2, 3, 4, 1, 2, 3, 4, 3, 1, 2, 5, 6, 1]);
  });

  it('names divisions and sections as the 2017 edition does', () => {
    expect(industryDivision('05')).toEqual({ code: '05', name: '农、林、牧、渔专业及辅助性活动', section: 'A' });
    expect(industryDivision('13')?.name).toBe('农副食品加工业');
    expect(industryDivision('37')?.name).toBe('铁路、船舶、航空航天和其他运输设备制造业');
    expect(industryDivision('61')).toEqual({ code: '61', name: '住宿业', section: 'H' });
    expect(industryDivision('96')?.name).toBe('基层群众自治组织及其他组织');
    expect(industrySection('O')?.name).toBe('居民服务、修理和其他服务业');
    expect(industrySection('T')?.divisions.map((d) => d.name)).toEqual(['国际组织']);
    const names = INDUSTRY_DIVISIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(97);
  });

  it('finds the 门类 of a 大类 and rejects unknown codes', () => {
    expect(industrySectionOf('01')).toBe('A');
    expect(industrySectionOf('43')).toBe('C');
    expect(industrySectionOf('44')).toBe('D');
    expect(industrySectionOf('97')).toBe('T');
    for (const bad of ['00', '98', '1', '013', 'A']) expect(industrySectionOf(bad), bad).toBeUndefined();
    expect(industryDivision('98')).toBeUndefined();
    expect(industrySection('U')).toBeUndefined();
  });

  it('reads the 大类 of longer codes, with or without the 门类 letter', () => {
    expect(industryDivisionOfCode('C1310')).toBe('13');
    expect(industryDivisionOfCode('c131')).toBe('13');
    expect(industryDivisionOfCode('6210')).toBe('62');
    expect(industryDivisionOfCode('H62')).toBe('62');
    expect(industryDivisionOfCode('A1310')).toBeUndefined();
    expect(industryDivisionOfCode('9810')).toBeUndefined();
    expect(industryDivisionOfCode('C13101')).toBeUndefined();
  });

  it('validates codes with zod', () => {
    expect(IndustryDivisionCodeSchema.parse('62')).toBe('62');
    for (const bad of ['6', '062', '98', '00']) expect(IndustryDivisionCodeSchema.safeParse(bad).success, bad).toBe(false);
    expect(IndustrySectionCodeSchema.parse('H')).toBe('H');
    expect(IndustrySectionCodeSchema.safeParse('U').success).toBe(false);
  });
});

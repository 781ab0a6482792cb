import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  childOccupations,
  isKnownOccupationCode,
  KnownOccupationCodeSchema,
  OCCUPATIONS,
  OccupationCodeSchema,
  occupation,
  occupationLevelOf,
  parentCodes,
  sharedOccupationLevel,
} from './occupations.ts';

const countOf = (level: string) => OCCUPATIONS.filter((o) => o.level === level).length;

describe('the shipped list', () => {
  it('holds the occupations named by the project data README', () => {
    expect(occupation('4-14-06-02')?.name).toBe('民宿管家');
    expect(occupation('4-14-01-02')?.name).toBe('医疗护理员');
    expect(occupation('5-01-02-01')?.name).toBe('农艺工');
    expect(occupation('5-05-01-02')?.name).toBe('农业经理人');
  });

  it('holds the common jobs of the district', () => {
    const names = new Set(OCCUPATIONS.map((o) => o.name));
    for (const name of [
      '保洁员',
      '保安员',
      '养老护理员',
      '家政服务员',
      '中式烹调师',
      '电工',
      '焊工',
      '快递员',
      '网约配送员',
      '收银员',
      '营销员',
      '互联网营销师',
      '农机驾驶操作员',
      '水生动物饲养工',
      '护林员',
      '客运车辆驾驶员',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('has all 8 大类 and all 79 中类 of the 2022 edition', () => {
    expect(countOf('major')).toBe(8);
    expect(countOf('middle')).toBe(79);
    expect(OCCUPATIONS.filter((o) => o.level === 'major').map((o) => o.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('is a closed tree: unique codes, levels matching their shape, every parent shipped', () => {
    const codes = OCCUPATIONS.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const o of OCCUPATIONS) {
      expect(occupationLevelOf(o.code), o.code).toBe(o.level);
      for (const parent of parentCodes(o.code)) expect(isKnownOccupationCode(parent), `${o.code} → ${parent}`).toBe(true);
    }
    expect([...codes].sort()).toEqual(codes);
  });

  it('has clean names (no table-of-contents dot leaders, no half-width parentheses)', () => {
    for (const o of OCCUPATIONS) {
      expect(o.name.trim(), o.code).toBe(o.name);
      expect(o.name, o.code).not.toMatch(/[…().\d]/);
    }
    const names = OCCUPATIONS.filter((o) => o.level === 'detail').map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists the shipped children of a code', () => {
    expect(childOccupations('5-05').map((o) => o.code)).toEqual(['5-05-01', '5-05-02', '5-05-05', '5-05-06']);
    expect(childOccupations('4-14-06').map((o) => o.name)).toEqual(['森林园林康养师', '民宿管家']);
    expect(childOccupations('4-14-06-02')).toEqual([]);
  });
});

describe('hierarchy', () => {
  it('lists parent codes nearest first', () => {
    expect(parentCodes('4-14-06-02')).toEqual(['4-14-06', '4-14', '4']);
    expect(parentCodes('4-14')).toEqual(['4']);
    expect(parentCodes('4')).toEqual([]);
    expect(parentCodes('4-14-6')).toEqual([]);
    expect(parentCodes('9-01')).toEqual([]);
  });

  it('tells the deepest shared level', () => {
    expect(sharedOccupationLevel('4-10-01-05', '4-10-01-05')).toBe('detail');
    expect(sharedOccupationLevel('4-10-01-05', '4-10-01-06')).toBe('minor');
    expect(sharedOccupationLevel('4-10-01-05', '4-10-08-01')).toBe('middle');
    expect(sharedOccupationLevel('4-10-01-05', '4-09-08-01')).toBe('major');
    expect(sharedOccupationLevel('4-10-01-05', '5-01-02-01')).toBeUndefined();
    expect(sharedOccupationLevel('4-10-01', '4-10-01-05')).toBe('minor');
    expect(sharedOccupationLevel('x', '4')).toBeUndefined();
  });

  it('a shipped 细类 shares exactly its parent’s level with each parent', () => {
    const details = OCCUPATIONS.filter((o) => o.level === 'detail').map((o) => o.code);
    fc.assert(
      fc.property(fc.constantFrom(...details), (code) =>
        parentCodes(code).every(
          (p) => sharedOccupationLevel(code, p) === occupationLevelOf(p) && sharedOccupationLevel(p, code) === occupationLevelOf(p),
        ),
      ),
    );
  });
});

describe('schemas', () => {
  it('OccupationCodeSchema accepts any well-formed code', () => {
    for (const ok of ['4', '4-14', '4-14-06', '4-14-06-02', '6-99-00-00'])
      expect(OccupationCodeSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', '9', '0-01', '4-1', '4-14-06-02-01', '4.14.06.02'])
      expect(OccupationCodeSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('KnownOccupationCodeSchema accepts only shipped codes', () => {
    expect(KnownOccupationCodeSchema.safeParse('4-14-06-02').success).toBe(true);
    expect(KnownOccupationCodeSchema.safeParse('6-99-00-00').success).toBe(false);
  });
});

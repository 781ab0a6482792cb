import { describe, expect, it } from 'vitest';
import { checkImport, parseCsv } from './coverage.csv.ts';

const villages = { exists: (code: string) => code.startsWith('310151101'), inScope: () => true };

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes, CRLF, a BOM, and skips blank lines', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n\r\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', '2'],
    ]);
  });
});

describe('checkImport', () => {
  it('accepts columns in any order and case, and reports a duplicate village on its row', () => {
    const result = checkImport(
      'village-centres',
      'Source,Code,Latitude,Longitude\n测绘,310151101001,31.6,121.4\n测绘,310151101001,31.61,121.41',
      villages,
      2026,
    );
    expect(result.centres).toEqual([{ villageCode: '310151101001', lng: 121.4, lat: 31.6, source: '测绘' }]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, field: 'code', code: 'duplicate' })]);
  });

  it('refuses a population year in the future and a labour force above the population', () => {
    const result = checkImport(
      'village-populations',
      'code,population,labour_force,source,year\n310151101001,10,11,普查,2020\n310151101002,10,,普查,2027',
      villages,
      2026,
    );
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'labour_force'],
      [3, 'year'],
    ]);
    expect(result.populations).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDataDir, referenceRegions } from './regions.reference.ts';

describe('reference data', () => {
  const regions = referenceRegions();

  it('holds the real district: 21 township-level units and 361 village-level units', () => {
    expect(regions.filter((r) => r.level === 'district').map((r) => r.name)).toEqual(['崇明区']);
    expect(regions.filter((r) => r.level === 'town')).toHaveLength(21);
    expect(regions.filter((r) => r.level === 'village')).toHaveLength(361);
  });

  it('tells statistical units from towns and 居委会 from 村委会', () => {
    expect(regions.filter((r) => r.level === 'town' && r.is_statistical).map((r) => r.code)).toEqual([
      '310151401',
      '310151402',
      '310151501',
    ]);
    expect(regions.filter((r) => r.village_kind === 'urban')).toHaveLength(90);
    expect(regions.filter((r) => r.village_kind === 'rural')).toHaveLength(268);
    expect(regions.filter((r) => r.village_kind === 'virtual')).toHaveLength(3);
  });

  it('keeps rare characters intact', () => {
    expect(regions.some((r) => r.name.includes('滧'))).toBe(true);
    expect(regions.find((r) => r.name.startsWith('四滧'))?.name).toMatch(/^四\u6EE7村/);
  });

  it('places town seats in WGS-84 and leaves 中兴镇 unplaced, as the source does', () => {
    const chengqiao = regions.find((r) => r.code === '310151101');
    expect([chengqiao?.lng, chengqiao?.lat]).toEqual([121.39335, 31.62988]);
    expect(regions.find((r) => r.code === '310151109')?.lng ?? null).toBeNull();
  });

  it('ships CSV files without quoted fields, which the loader relies on', () => {
    for (const file of ['chongming-divisions-2023.csv', 'chongming-town-seats.csv']) {
      expect(readFileSync(path.join(referenceDataDir(), file), 'utf8')).not.toContain('"');
    }
  });
});

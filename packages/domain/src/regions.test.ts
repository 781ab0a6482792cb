import { describe, expect, it } from 'vitest';
import { isInScope, regionLevelOf } from './regions.ts';

describe('regionLevelOf', () => {
  it('tells each level by its code shape', () => {
    expect(regionLevelOf('310151')).toBe('district');
    expect(regionLevelOf('310151101')).toBe('town');
    expect(regionLevelOf('310151101001')).toBe('village');
    expect(regionLevelOf('310151101001-01')).toBe('grid');
    expect(regionLevelOf('31015110')).toBeUndefined();
  });
});

describe('isInScope', () => {
  const place = { districtCode: '310151', townCode: '310151101', villageCode: '310151101001', gridCode: '310151101001-01' };
  it('lets a district scope see everything in the district', () => {
    expect(isInScope({ level: 'district', districtCode: '310151' }, place)).toBe(true);
    expect(isInScope({ level: 'district', districtCode: '310104' }, place)).toBe(false);
  });
  it('keeps a town scope to its town', () => {
    expect(isInScope({ level: 'town', districtCode: '310151', townCode: '310151101' }, place)).toBe(true);
    expect(isInScope({ level: 'town', districtCode: '310151', townCode: '310151102' }, place)).toBe(false);
  });
  it('keeps a village scope to its village and a grid scope to its grid', () => {
    const village = { level: 'village', districtCode: '310151', townCode: '310151101', villageCode: '310151101002' } as const;
    expect(isInScope(village, place)).toBe(false);
    const grid = { ...village, level: 'grid', villageCode: '310151101001', gridCode: '310151101001-02' } as const;
    expect(isInScope(grid, place)).toBe(false);
    expect(isInScope(grid, { ...place, gridCode: null })).toBe(true);
  });
});

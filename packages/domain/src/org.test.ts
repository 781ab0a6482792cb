import { describe, expect, it } from 'vitest';
import { CreateSiteBodySchema, missingBasicItems, siteIssues, sitePublicName, staffingStatus } from './org.ts';
import { BASIC_SERVICE_ITEM_NOS, SERVICE_ITEMS } from './service-items.ts';

describe('the 25 service items', () => {
  it('follow the plan’s annex: 25 items, 13 basic', () => {
    expect(SERVICE_ITEMS.map((item) => item.no)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(BASIC_SERVICE_ITEM_NOS).toEqual([1, 2, 3, 4, 5, 7, 11, 16, 17, 18, 19, 21, 22]);
  });
});

describe('site rules', () => {
  it('requires every basic item of a station, and none of other kinds', () => {
    expect(missingBasicItems('station', [1, 2, 3])).toEqual([4, 5, 7, 11, 16, 17, 18, 19, 21, 22]);
    expect(missingBasicItems('station', BASIC_SERVICE_ITEM_NOS)).toEqual([]);
    expect(missingBasicItems('point', [])).toEqual([]);
  });

  it('names the field of every cross-field fault', () => {
    const issues = siteIssues({ kind: 'outpost', zones: [], serviceItems: [3, 3], lng: 121.4 });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['lat', 'outpostSetting', 'serviceItems']);
  });

  it('puts the unified marks before every public name', () => {
    expect(sitePublicName('城桥镇就业服务站')).toBe('15分钟就业服务圈·崇心乐业 城桥镇就业服务站');
  });

  it('refuses opening hours that close before they open, on the close field', () => {
    const result = CreateSiteBodySchema.safeParse({
      kind: 'point',
      name: '点',
      townCode: '310151101',
      villageCode: '310151101001',
      address: '地址',
      openingHours: { periods: [{ day: 1, open: '17:00', close: '08:30' }] },
      zones: [],
      managingUnit: '村委',
      serviceItems: [1],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['openingHours.periods.0.close']);
  });
});

describe('staffingStatus (plan §二.二)', () => {
  const none = { fullTimeCommunityWorkers: 0, serviceWorkers: 0, volunteers: 0 };
  it('needs a full-time community worker at a station; a service worker does not suffice', () => {
    expect(staffingStatus('station', { ...none, serviceWorkers: 3 })).toBe('understaffed');
    expect(staffingStatus('station', { ...none, fullTimeCommunityWorkers: 1 })).toBe('ok');
  });
  it('needs one employment-service worker at a point; volunteers never count', () => {
    expect(staffingStatus('point', { ...none, volunteers: 5 })).toBe('understaffed');
    expect(staffingStatus('point', { ...none, serviceWorkers: 1 })).toBe('ok');
  });
  it('sets no rule for outposts', () => {
    expect(staffingStatus('outpost', none)).toBe('not_required');
  });
});

import { describe, expect, it } from 'vitest';
import { type CoverageSite, coverageOf, figuresOf, isInDistrictBounds, nearestSite, sumCoverage } from './coverage.ts';
import { DEFAULT_TRAVEL_MODEL, islandOfPoint, islandOfTown, type Place, travelMinutes } from './geography.ts';

// Hand-worked fixtures. A degree of latitude is R·π/180 = 6371.0088 × π / 180 = 111.19508 km on
// the model's sphere, so a point `m` metres due north lies m / 111 195.08 degrees further.
const METRES_PER_DEGREE_LAT = (6371.0088 * 1000 * Math.PI) / 180;
const SITE_POINT = { lng: 121.4, lat: 31.6 };
function north(metres: number) {
  return { lng: SITE_POINT.lng, lat: SITE_POINT.lat + metres / METRES_PER_DEGREE_LAT };
}
const onChongming = (point: { lng: number; lat: number }): Place => ({ point, island: 'chongming' });

function site(id: string, point: { lng: number; lat: number }, overrides: Partial<CoverageSite> = {}): CoverageSite {
  return { id, point, island: 'chongming', isActive: true, serviceItems: [1, 2, 3], ...overrides };
}

describe('the travel model', () => {
  it('takes 1 km in a straight line as exactly 15 minutes on foot (1 km × 1.125 ÷ 4.5 km/h)', () => {
    expect(travelMinutes(onChongming(SITE_POINT), onChongming(north(1000)), 'walk')).toBeCloseTo(15, 9);
    // 1 km × 1.125 ÷ 3.4 km/h = 19.85 min; ÷ 12 = 5.625; ÷ 20 = 3.375.
    expect(travelMinutes(onChongming(SITE_POINT), onChongming(north(1000)), 'elderly_walk')).toBeCloseTo(19.853, 3);
    expect(travelMinutes(onChongming(SITE_POINT), onChongming(north(1000)), 'bike')).toBeCloseTo(5.625, 9);
    expect(travelMinutes(onChongming(SITE_POINT), onChongming(north(1000)), 'ebike')).toBeCloseTo(3.375, 9);
  });

  it('is configurable: speeds and the detour factor', () => {
    const model = { ...DEFAULT_TRAVEL_MODEL, detourFactor: 1.5, speedsKmh: { ...DEFAULT_TRAVEL_MODEL.speedsKmh, walk: 6 } };
    expect(travelMinutes(onChongming(SITE_POINT), onChongming(north(1000)), 'walk', model)).toBeCloseTo(15, 9);
  });

  it('never crosses water unless a link is configured', () => {
    const changxing: Place = { point: { lng: 121.69, lat: 31.39 }, island: 'changxing' };
    const near: Place = { point: { lng: 121.69, lat: 31.395 }, island: 'chongming' };
    expect(travelMinutes(changxing, near, 'ebike')).toBe(Number.POSITIVE_INFINITY);
    const linked = { ...DEFAULT_TRAVEL_MODEL, islandLinks: [['chongming', 'changxing']] as const };
    expect(Number.isFinite(travelMinutes(changxing, near, 'ebike', linked))).toBe(true);
    expect(travelMinutes(near, changxing, 'ebike', linked)).toBeLessThan(2);
  });

  it('places towns and points on their islands and checks the district bounds', () => {
    expect(islandOfTown('310151116')).toBe('changxing');
    expect(islandOfTown('310151202')).toBe('hengsha');
    expect(islandOfTown('310151101')).toBe('chongming');
    expect(islandOfPoint({ lng: 121.68949, lat: 31.39144 })).toBe('changxing'); // 长兴镇 seat
    expect(islandOfPoint({ lng: 121.83761, lat: 31.34251 })).toBe('hengsha'); // 横沙乡 seat
    expect(islandOfPoint({ lng: 121.8029, lat: 31.50078 })).toBe('chongming'); // 陈家镇 seat
    expect(isInDistrictBounds({ lng: 121.39335, lat: 31.62988 })).toBe(true);
    expect(isInDistrictBounds({ lng: 121.47, lat: 31.23 })).toBe(false); // 人民广场
  });
});

describe('coverage per village', () => {
  const sites = [site('s-1', SITE_POINT)];

  it('covers a village exactly at the 15-minute boundary on foot and not one 1 m beyond', () => {
    const result = coverageOf(
      [
        { id: 'at', ...onChongming(north(1000)) },
        { id: 'beyond', ...onChongming(north(1001)) },
      ],
      sites,
      { mode: 'walk', item: 1 },
    );
    expect(result.map((r) => [r.id, r.covered])).toEqual([
      ['at', true],
      ['beyond', false],
    ]);
    expect(result[1]?.nearest?.minutes).toBeCloseTo(15.015, 6);
  });

  it('never lets a 长兴岛 site cover a 崇明岛 village, however close', () => {
    const changxingSite = site('s-cx', { lng: 121.69, lat: 31.4449 }, { island: 'changxing' });
    const [village] = coverageOf([{ id: 'v', point: { lng: 121.69, lat: 31.4451 }, island: 'chongming' }], [changxingSite], {
      mode: 'ebike',
      item: null,
    });
    expect(village).toEqual({ id: 'v', nearest: null, covered: false });
  });

  it('counts only active sites offering the chosen item, and takes the nearest', () => {
    const all = [
      site('s-near-inactive', north(100), { isActive: false }),
      site('s-near-no-item', north(200), { serviceItems: [5] }),
      site('s-mid', north(600)),
      site('s-far', north(900)),
    ];
    const [village] = coverageOf([{ id: 'v', ...onChongming(SITE_POINT) }], all, { mode: 'walk', item: 1 });
    expect(village?.nearest?.siteId).toBe('s-mid');
    expect(village?.nearest?.minutes).toBeCloseTo(9, 6);
    expect(nearestSite(onChongming(SITE_POINT), [], 'walk')).toBeNull();
  });

  it('honours a threshold other than 15 minutes', () => {
    const [village] = coverageOf([{ id: 'v', ...onChongming(north(1000)) }], sites, { mode: 'walk', item: null, thresholdMinutes: 10 });
    expect(village?.covered).toBe(false);
  });

  it('adds villages up with the share of population on approximate positions', () => {
    const totals = sumCoverage([
      { population: 300, labourForce: 200, keyGroups: { graduate: 4 }, approximate: false, covered: true },
      { population: 100, labourForce: 50, keyGroups: { graduate: 1, veteran: 2 }, approximate: true, covered: false },
    ]);
    const figures = figuresOf(totals);
    expect(figures).toMatchObject({
      villageCount: 2,
      uncoveredVillageCount: 1,
      population: 400,
      coveredPopulation: 300,
      populationShare: 0.75,
      labourForceShare: 0.8,
      approximateShare: 0.25,
    });
    expect(figures.keyGroups.find((g) => g.keyGroup === 'graduate')).toEqual({ keyGroup: 'graduate', total: 5, covered: 4, share: 0.8 });
    expect(figures.keyGroups.find((g) => g.keyGroup === 'veteran')?.share).toBe(0);
    expect(figures.keyGroups.find((g) => g.keyGroup === 'disabled')?.share).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAVEL_MODEL, distanceKm, type GeoPoint, travelMinutes } from './geography.ts';
import { isMatchable, type JobFacts, MATCH_WEIGHTS, type ResidentFacts, scoreMatch, topMatches } from './matching.ts';

// Hand-worked fixtures. 城桥镇 seat ≈ (121.39335, 31.62988); a point 0.1° east is ≈ 9.48 km away.
const HOME = { lng: 121.39335, lat: 31.62988 };
const NEAR = { lng: 121.40335, lat: 31.62988 }; // ≈ 0.95 km → 0.95 × 1.125 / 20 km/h ≈ 3.2 min → 4 min
const FAR = { lng: 121.69335, lat: 31.62988 }; // ≈ 28.4 km → ≈ 123 min by e-bike

const resident: ResidentFacts = {
  id: 'r1',
  occupations: ['4-09-08-01'], // 保洁员
  skills: [],
  certificates: [],
  education: 'junior_secondary',
  payMinFen: null,
  hours: 'any',
  maxCommuteMinutes: 30,
  travelMode: 'ebike',
  age: 40,
  keyGroups: [],
  point: HOME,
  townCode: '310151101', // 城桥镇, on 崇明岛
};

function job(overrides: Partial<JobFacts> = {}): JobFacts {
  return {
    id: 'j',
    kind: 'full_time',
    occupationCode: '4-09-08-01',
    educationMin: null,
    skills: [],
    certificates: [],
    payMinFen: 400_000,
    payMaxFen: 500_000,
    payUnit: 'month',
    workHours: 'any',
    ageMin: null,
    ageMax: null,
    point: NEAR,
    headcount: 2,
    hiredCount: 0,
    state: 'open',
    validFrom: '2026-11-01',
    validTo: '2026-12-31',
    townCode: '310151101',
    ...overrides,
  };
}

describe('travel estimates', () => {
  const onChongming = (point: GeoPoint) => ({ point, island: 'chongming' as const });

  it('is straight-line distance × 1.125 ÷ speed (the one travel model), rounded up for the commute', () => {
    expect(distanceKm(HOME, NEAR)).toBeCloseTo(0.948, 2);
    expect(travelMinutes(onChongming(HOME), onChongming(NEAR), 'ebike')).toBeCloseTo(3.2, 1); // 0.948 × 1.125 / 20 × 60
    expect(travelMinutes(onChongming(HOME), onChongming(NEAR), 'walk')).toBeCloseTo(14.2, 1); // 0.948 × 1.125 / 4.5 × 60
    expect(scoreMatch(resident, job()).commuteMinutes).toBe(4);
    expect(scoreMatch({ ...resident, travelMode: 'walk' }, job()).commuteMinutes).toBe(15);
    expect(scoreMatch({ ...resident, travelMode: 'elderly_walk' }, job()).commuteMinutes).toBe(19); // ÷ 3.4 km/h = 18.8
  });

  it('puts a job on another island beyond reach unless the model links the islands', () => {
    // 长兴镇's seat: a job there is on 长兴岛, across the water from 城桥镇.
    const changxing = job({ id: 'cx', townCode: '310151116', point: { lng: 121.68949, lat: 31.39144 } });
    const result = scoreMatch({ ...resident, maxCommuteMinutes: 600 }, changxing);
    expect(result.commuteMinutes).toBeNull();
    const reason = result.reasons.find((r) => r.code.startsWith('commute_'));
    expect(reason).toMatchObject({ code: 'commute_unreachable', polarity: 'against', points: MATCH_WEIGHTS.commuteUnreachable });
    expect(reason?.text).toContain('长兴岛');
    const linked = { ...DEFAULT_TRAVEL_MODEL, islandLinks: [['chongming', 'changxing']] as const };
    const across = scoreMatch({ ...resident, maxCommuteMinutes: 600 }, changxing, MATCH_WEIGHTS, { model: linked });
    expect(across.reasons.find((r) => r.code.startsWith('commute_'))?.code).toBe('commute_within');
    expect(across.commuteMinutes).toBeGreaterThan(60);
  });
});

describe('the explainable score', () => {
  it('ranks a same-code match above a minor-group, a middle-group and a major-group match, all else equal', () => {
    const same = scoreMatch(resident, job({ id: 'same', occupationCode: '4-09-08-01' }));
    const minor = scoreMatch(resident, job({ id: 'minor', occupationCode: '4-09-08' }));
    const middle = scoreMatch(resident, job({ id: 'middle', occupationCode: '4-09-01-01' })); // 河道修防工
    const major = scoreMatch(resident, job({ id: 'major', occupationCode: '4-03-02-05' })); // 餐厅服务员
    const none = scoreMatch(resident, job({ id: 'none', occupationCode: '5-01-01-01' }));
    expect(same.score - minor.score).toBe(MATCH_WEIGHTS.occupation.detail - MATCH_WEIGHTS.occupation.minor);
    expect(same.score).toBeGreaterThan(minor.score);
    expect(minor.score).toBeGreaterThan(middle.score);
    expect(middle.score).toBeGreaterThan(major.score);
    expect(major.score).toBeGreaterThan(none.score);
    expect(same.reasons.find((r) => r.code === 'occupation')?.text).toContain('职业相同');
    const ranked = topMatches(
      [job({ id: 'major', occupationCode: '4-03-02-05' }), job({ id: 'same' })],
      (j) => scoreMatch(resident, j),
      20,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['same', 'major']);
  });

  it('drops a job beyond the longest acceptable commute, with that reason against it', () => {
    const near = scoreMatch(resident, job({ id: 'near' }));
    const far = scoreMatch(resident, job({ id: 'far', point: FAR }));
    expect(far.commuteMinutes).toBeGreaterThan(30);
    const reason = far.reasons.find((r) => r.code === 'commute_beyond');
    expect(reason).toMatchObject({ polarity: 'against', points: MATCH_WEIGHTS.commuteBeyond });
    expect(reason?.text).toContain('超过可接受的 30 分钟');
    expect(near.reasons.some((r) => r.code === 'commute_within')).toBe(true);
    const ranked = topMatches([job({ id: 'far', point: FAR }), job({ id: 'near' })], (j) => scoreMatch(resident, j), 20);
    expect(ranked.map((r) => r.item.id)).toEqual(['near', 'far']);
  });

  it('shows a minimum-education gap as a reason against', () => {
    const result = scoreMatch(resident, job({ educationMin: 'senior_secondary' }));
    const gap = result.reasons.find((r) => r.code === 'education_gap');
    expect(gap).toMatchObject({ polarity: 'against', points: MATCH_WEIGHTS.educationGap });
    expect(gap?.text).toContain('高中');
    const met = scoreMatch({ ...resident, education: 'bachelor' }, job({ educationMin: 'senior_secondary' }));
    expect(met.reasons.map((r) => r.code)).toContain('education_met');
  });

  it('compares pay by its monthly equivalent, and hours against the intention', () => {
    const daily = scoreMatch({ ...resident, payMinFen: 500_000 }, job({ payMaxFen: 20_000, payUnit: 'day' })); // 200 × 21.75 = 4350
    expect(daily.reasons.find((r) => r.code === 'pay_below')?.text).toContain('4350 元');
    const hours = scoreMatch({ ...resident, hours: 'part_time' }, job({ workHours: 'full_time' }));
    expect(hours.reasons.map((r) => r.code)).toContain('hours_mismatch');
  });

  it('puts hardship persons first for public-welfare posts, and respects a lawful age range', () => {
    const hardship = scoreMatch({ ...resident, keyGroups: ['hardship'] }, job({ kind: 'public_welfare' }));
    expect(hardship.reasons.map((r) => r.code)).toContain('key_group_priority');
    const outside = scoreMatch({ ...resident, age: 55 }, job({ ageMin: 18, ageMax: 50 }));
    expect(outside.reasons.find((r) => r.code === 'age_outside')?.polarity).toBe('against');
    expect(scoreMatch({ ...resident, age: 50 }, job()).reasons.map((r) => r.code)).toContain('age_friendly');
  });

  it('never lets a filtered job appear: not open, expired, full or the wrong kind', () => {
    const today = '2026-11-26';
    expect(isMatchable(job(), today)).toBe(true);
    expect(isMatchable(job({ state: 'draft' }), today)).toBe(false);
    expect(isMatchable(job({ validTo: '2026-11-25' }), today)).toBe(false);
    expect(isMatchable(job({ hiredCount: 2 }), today)).toBe(false);
    expect(isMatchable(job({ kind: 'gig' }), today, ['full_time'])).toBe(false);
  });

  it('keeps the best N of many in order', () => {
    const jobs = Array.from({ length: 500 }, (_, i) => job({ id: `j${String(i).padStart(3, '0')}`, payMaxFen: i * 1000 }));
    const top = topMatches(jobs, (j) => ({ score: j.payMaxFen, reasons: [], commuteMinutes: null }), 20);
    expect(top.map((r) => r.item.id)).toEqual(Array.from({ length: 20 }, (_, i) => `j${499 - i}`));
  });
});

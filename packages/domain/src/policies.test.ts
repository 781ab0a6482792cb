import { describe, expect, it } from 'vitest';
import {
  addMonths,
  type Condition,
  ConditionSchema,
  evaluateConditions,
  missingEvidence,
  type PolicyFacts,
  RulePackSchema,
  retirementAgeMonths,
  retirementDate,
} from './policies.ts';

const REGISTRY = '劳动力资源库';

function facts(overrides: Partial<PolicyFacts> = {}): PolicyFacts {
  return {
    birthDate: { value: '1980-11-27', source: REGISTRY },
    retirementCategory: { value: 'male', source: REGISTRY },
    sex: { value: 'male', source: REGISTRY },
    hukou: { value: 'local_agricultural', source: REGISTRY },
    employment: { value: { status: 'unemployed', since: '2026-01-15' }, source: REGISTRY },
    keyGroups: { value: [], source: REGISTRY },
    household: null,
    receipts: null,
    ...overrides,
  };
}

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('statutory retirement age after the 2025 reform', () => {
  it('leaves men born before 1965 at 60', () => {
    expect(retirementAgeMonths('1964-12-31', 'male')).toBe(720);
    expect(retirementDate('1964-12-31', 'male')).toBe('2024-12-31');
  });

  it('delays men one month for every four months of birth from January 1965', () => {
    expect(retirementAgeMonths('1965-01-01', 'male')).toBe(721);
    expect(retirementDate('1965-01-10', 'male')).toBe('2025-02-10');
    expect(retirementAgeMonths('1965-04-30', 'male')).toBe(721);
    expect(retirementAgeMonths('1965-05-01', 'male')).toBe(722);
    expect(retirementDate('1965-05-01', 'male')).toBe('2025-07-01');
    expect(retirementAgeMonths('1970-01-15', 'male')).toBe(720 + 16);
  });

  it('reaches 63 for men born from September 1976, and no later', () => {
    expect(retirementAgeMonths('1976-08-31', 'male')).toBe(720 + 35);
    expect(retirementAgeMonths('1976-09-01', 'male')).toBe(756);
    expect(retirementAgeMonths('1990-06-01', 'male')).toBe(756);
    expect(retirementDate('1980-11-27', 'male')).toBe('2043-11-27');
  });

  it('takes women on the 55 track from 55 to 58, one month per four months of birth from 1970', () => {
    expect(retirementAgeMonths('1969-12-31', 'female_cadre')).toBe(660);
    expect(retirementAgeMonths('1970-01-01', 'female_cadre')).toBe(661);
    expect(retirementAgeMonths('1970-05-01', 'female_cadre')).toBe(662);
    expect(retirementAgeMonths('1981-08-31', 'female_cadre')).toBe(660 + 35);
    expect(retirementAgeMonths('1981-09-01', 'female_cadre')).toBe(696);
  });

  it('takes women on the 50 track from 50 to 55, one month per two months of birth from 1975', () => {
    expect(retirementAgeMonths('1974-12-31', 'female_worker')).toBe(600);
    expect(retirementAgeMonths('1975-01-01', 'female_worker')).toBe(601);
    expect(retirementAgeMonths('1975-02-28', 'female_worker')).toBe(601);
    expect(retirementAgeMonths('1975-03-01', 'female_worker')).toBe(602);
    expect(retirementDate('1975-03-01', 'female_worker')).toBe('2025-05-01');
    expect(retirementAgeMonths('1984-10-31', 'female_worker')).toBe(600 + 59);
    expect(retirementAgeMonths('1984-11-01', 'female_worker')).toBe(660);
  });
});

describe('evaluateConditions', () => {
  it('passes an age range on the birthday and fails it the day before', () => {
    const adult: Condition = { fact: 'age', op: 'between', value: { min: 46, max: null } };
    expect(evaluateConditions(adult, facts(), '2026-11-27').result).toBe('eligible');
    expect(evaluateConditions(adult, facts(), '2026-11-26').result).toBe('not_eligible');
    const under: Condition = { fact: 'age', op: 'between', value: { min: null, max: 45 } };
    expect(evaluateConditions(under, facts(), '2026-11-26').result).toBe('eligible');
    expect(evaluateConditions(under, facts(), '2026-11-27').result).toBe('not_eligible');
  });

  it('judges the retirement date on the day it is reached, not the day before', () => {
    const working: Condition = { fact: 'retirement', op: 'not_reached' };
    const born = facts({ birthDate: { value: '1965-05-01', source: REGISTRY } });
    expect(evaluateConditions(working, born, '2025-06-30').result).toBe('eligible');
    expect(evaluateConditions(working, born, '2025-07-01').result).toBe('not_eligible');
    const near: Condition = { fact: 'retirement', op: 'within_years', value: 2 };
    expect(evaluateConditions(near, born, '2023-06-30').result).toBe('not_eligible');
    expect(evaluateConditions(near, born, '2023-07-01').result).toBe('eligible');
  });

  it('tries both women tracks when the registry lacks the track: agreed, or unknown', () => {
    const working: Condition = { fact: 'retirement', op: 'not_reached' };
    const woman = (birth: string) =>
      facts({ birthDate: { value: birth, source: REGISTRY }, retirementCategory: null, sex: { value: 'female', source: REGISTRY } });
    expect(evaluateConditions(working, woman('1990-03-01'), '2026-12-01').result).toBe('eligible');
    expect(evaluateConditions(working, woman('1960-03-01'), '2026-12-01').result).toBe('not_eligible');
    // 51 years old: past the 50 track (50 y 1–2 months for 1975), not the 55 track.
    expect(evaluateConditions(working, woman('1975-06-01'), '2026-12-01').result).toBe('unknown');
  });

  it('counts an employment status from its effective date, to the day', () => {
    const sixMonths: Condition = { fact: 'employment_status', op: 'in', value: ['unemployed'], minMonths: 6 };
    expect(evaluateConditions(sixMonths, facts(), '2026-07-14').result).toBe('not_eligible');
    expect(evaluateConditions(sixMonths, facts(), '2026-07-15').result).toBe('eligible');
    const employed: Condition = { fact: 'employment_status', op: 'in', value: ['employed'] };
    expect(evaluateConditions(employed, facts(), '2027-01-01').result).toBe('not_eligible');
  });

  it('takes a key group only within its validity', () => {
    const hardship: Condition = { fact: 'key_group', op: 'has', value: 'hardship' };
    const certified = facts({
      keyGroups: { value: [{ group: 'hardship', validFrom: '2026-03-01', validTo: '2026-12-31', source: '认定' }], source: REGISTRY },
    });
    expect(evaluateConditions(hardship, certified, '2026-02-28').result).toBe('not_eligible');
    expect(evaluateConditions(hardship, certified, '2026-03-01').result).toBe('eligible');
    expect(evaluateConditions(hardship, certified, '2026-12-31').result).toBe('eligible');
    expect(evaluateConditions(hardship, certified, '2027-01-01').result).toBe('not_eligible');
    expect(evaluateConditions({ fact: 'key_group', op: 'lacks', value: 'hardship' }, certified, '2027-01-01').result).toBe('eligible');
  });

  it('gives unknown, never failed, when a fact is missing, with no fact and no source', () => {
    const missing = facts({ birthDate: null, hukou: null, employment: null, keyGroups: null });
    const leaves: Condition[] = [
      { fact: 'age', op: 'between', value: { min: 16, max: null } },
      { fact: 'retirement', op: 'not_reached' },
      { fact: 'hukou', op: 'in', value: ['local_agricultural'] },
      { fact: 'employment_status', op: 'in', value: ['unemployed'], minMonths: 6 },
      { fact: 'key_group', op: 'has', value: 'hardship' },
      { fact: 'household', op: 'no_member_employed' },
      { fact: 'receipts', op: 'none' },
      { fact: 'attested', op: 'confirm', value: '缴费满1年' },
    ];
    const evaluation = evaluateConditions({ all: leaves }, missing, '2026-12-01');
    expect(evaluation.result).toBe('unknown');
    expect(evaluation.conditions).toHaveLength(leaves.length);
    expect(evaluation.conditions.every((c) => c.result === 'unknown' && c.source === null)).toBe(true);
  });

  it('lets a failure decide all and a pass decide any, whatever is unknown', () => {
    const failed: Condition = { fact: 'hukou', op: 'in', value: ['non_local'] };
    const passed: Condition = { fact: 'hukou', op: 'in', value: ['local_agricultural'] };
    const unknown: Condition = { fact: 'attested', op: 'confirm', value: '已缴费' };
    expect(evaluateConditions({ all: [unknown, failed] }, facts(), '2026-12-01').result).toBe('not_eligible');
    expect(evaluateConditions({ all: [unknown, passed] }, facts(), '2026-12-01').result).toBe('unknown');
    expect(evaluateConditions({ any: [unknown, passed] }, facts(), '2026-12-01').result).toBe('eligible');
    expect(evaluateConditions({ any: [unknown, failed] }, facts(), '2026-12-01').result).toBe('unknown');
    const nested = evaluateConditions({ all: [passed, { any: [failed, unknown] }] }, facts(), '2026-12-01');
    expect(nested.conditions.map((c) => c.path)).toEqual(['0', '1.0', '1.1']);
    expect(nested.conditions[0]?.source).toBe(REGISTRY);
  });

  it('counts earlier receipts within a window', () => {
    const once: Condition = { fact: 'receipts', op: 'none', withinYears: 3 };
    const received = facts({ receipts: { value: ['2024-01-10'], source: '帮办' } });
    expect(evaluateConditions(once, received, '2027-01-09').result).toBe('not_eligible');
    expect(evaluateConditions(once, received, '2027-01-11').result).toBe('eligible');
    expect(evaluateConditions(once, facts({ receipts: { value: [], source: '帮办' } }), '2027-01-11').result).toBe('eligible');
  });
});

describe('rule packs as data', () => {
  it('reads a nested pack from JSON and refuses an empty group or an inverted age range on its field', () => {
    const pack = RulePackSchema.parse(
      JSON.parse(
        '{"conditions":{"all":[{"fact":"hukou","op":"in","value":["local_agricultural"]},{"any":[{"fact":"key_group","op":"has","value":"hardship"}]}]},"amounts":[],"period":null,"evidence":[]}',
      ),
    );
    expect('all' in pack.conditions).toBe(true);
    expect(ConditionSchema.safeParse({ all: [] }).success).toBe(false);
    const inverted = ConditionSchema.safeParse({ fact: 'age', op: 'between', value: { min: 50, max: 40 } });
    expect(inverted.success).toBe(false);
    expect(ConditionSchema.safeParse({ fact: 'age', op: 'between', value: { min: 40, max: 50 } }).success).toBe(true);
  });

  it('lists the evidence still missing, counting a valid key-group record as proof', () => {
    const evidence = [{ label: '就业困难人员认定', keyGroup: 'hardship' as const }, { label: '缴费凭证' }];
    const certified = facts({
      keyGroups: { value: [{ group: 'hardship', validFrom: '2026-01-01', validTo: null, source: '认定' }], source: REGISTRY },
    });
    expect(missingEvidence(evidence, certified, '2026-12-01').map((e) => e.label)).toEqual(['缴费凭证']);
    expect(missingEvidence(evidence, facts(), '2026-12-01')).toHaveLength(2);
  });
});

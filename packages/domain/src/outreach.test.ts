import { describe, expect, it } from 'vitest';
import { isLikelyEligible, OUTREACH_STATES, outreachNextStates } from './outreach.ts';
import { type Condition, evaluateConditions, type PolicyFacts } from './policies.ts';

const facts = (hukou: 'local_agricultural' | 'non_local' | null, status: 'unemployed' | 'employed' | null): PolicyFacts => ({
  birthDate: { value: '1980-05-01', source: 'x' },
  sex: { value: 'male', source: 'x' },
  retirementCategory: { value: 'male', source: 'x' },
  hukou: hukou ? { value: hukou, source: 'x' } : null,
  employment: status ? { value: { status, since: '2026-01-01' }, source: 'x' } : null,
  keyGroups: { value: [], source: 'x' },
  household: null,
  receipts: null,
});

const localUnemployed: Condition = {
  all: [
    { fact: 'hukou', op: 'in', value: ['local_agricultural', 'local_non_agricultural'] },
    { fact: 'employment_status', op: 'in', value: ['unemployed'] },
  ],
};
const ON = '2026-11-26';

describe('likely eligible for outreach', () => {
  it('takes eligible, and unknown with no condition failed', () => {
    expect(isLikelyEligible(evaluateConditions(localUnemployed, facts('local_agricultural', 'unemployed'), ON))).toBe(true);
    const missing = evaluateConditions(localUnemployed, facts(null, 'unemployed'), ON);
    expect(missing.result).toBe('unknown');
    expect(isLikelyEligible(missing)).toBe(true);
  });

  it('refuses a failed condition, even when the whole is unknown', () => {
    expect(isLikelyEligible(evaluateConditions(localUnemployed, facts('non_local', 'unemployed'), ON))).toBe(false);
    const either: Condition = {
      any: [
        { fact: 'hukou', op: 'in', value: ['local_agricultural'] },
        { fact: 'employment_status', op: 'in', value: ['unemployed'] },
      ],
    };
    const partly = evaluateConditions(either, facts('non_local', null), ON);
    expect(partly.result).toBe('unknown');
    expect(isLikelyEligible(partly)).toBe(false);
  });
});

describe('outreach steps', () => {
  it('moves one funnel step at a time; paid, declined and not eligible end it', () => {
    expect(outreachNextStates('likely')).toEqual(['contacted', 'declined', 'not_eligible']);
    expect(outreachNextStates('applied')).toEqual(['approved', 'not_eligible']);
    expect(outreachNextStates('approved')).toEqual(['paid']);
    for (const end of ['paid', 'declined', 'not_eligible'] as const) expect(outreachNextStates(end)).toEqual([]);
    const skips = OUTREACH_STATES.filter((s) => outreachNextStates('likely').includes(s) && ['applied', 'approved', 'paid'].includes(s));
    expect(skips).toEqual([]);
  });
});

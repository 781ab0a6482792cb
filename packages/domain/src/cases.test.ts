import { describe, expect, it } from 'vitest';
import {
  allowedCaseActions,
  CASE_ACTIONS,
  CASE_KIND_ITEM_NO,
  CASE_KINDS,
  CASE_STATES,
  CaseStepBodySchema,
  nextCaseState,
  OpenCaseBodySchema,
} from './cases.ts';

describe('nextCaseState', () => {
  it('takes a subsidy claim opened → collecting → filed → approved → paid → closed', () => {
    const path: [Parameters<typeof nextCaseState>[2], string][] = [
      ['collect', 'collecting'],
      ['file', 'filed'],
      ['approve', 'approved'],
      ['pay', 'paid'],
      ['close', 'closed'],
    ];
    let state: Parameters<typeof nextCaseState>[1] = 'opened';
    for (const [action, expected] of path) {
      const next = nextCaseState('subsidy_claim', state, action);
      expect(next).toBe(expected);
      if (!next) throw new Error('refused');
      state = next;
    }
  });

  it('pays only a subsidy claim, and closes an approved subsidy claim only once paid', () => {
    expect(nextCaseState('hardship_recognition', 'approved', 'pay')).toBeUndefined();
    expect(nextCaseState('hardship_recognition', 'approved', 'close')).toBe('closed');
    expect(nextCaseState('subsidy_claim', 'approved', 'close')).toBeUndefined();
  });

  it('refuses skipping a step, deciding before filing, and anything after closing', () => {
    expect(nextCaseState('unemployment_registration', 'opened', 'file')).toBeUndefined();
    expect(nextCaseState('unemployment_registration', 'collecting', 'approve')).toBeUndefined();
    expect(nextCaseState('subsidy_claim', 'filed', 'pay')).toBeUndefined();
    expect(nextCaseState('assistance_referral', 'refused', 'approve')).toBeUndefined();
    for (const kind of CASE_KINDS) expect(allowedCaseActions(kind, 'closed')).toEqual([]);
  });

  it('allows a withdrawal until a decision, and a refusal ends in closed', () => {
    expect(nextCaseState('insurance_registration', 'filed', 'withdraw')).toBe('closed');
    expect(nextCaseState('insurance_registration', 'approved', 'withdraw')).toBeUndefined();
    expect(nextCaseState('insurance_registration', 'refused', 'close')).toBe('closed');
  });

  it('leads every allowed step to a known state', () => {
    const reached = CASE_KINDS.flatMap((kind) =>
      CASE_STATES.flatMap((state) => CASE_ACTIONS.map((action) => nextCaseState(kind, state, action))),
    ).filter((s) => s !== undefined);
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.every((s) => (CASE_STATES as readonly string[]).includes(s))).toBe(true);
  });

  it('counts each kind under its annex item', () => {
    expect(CASE_KIND_ITEM_NO).toEqual({
      unemployment_registration: 17,
      hardship_recognition: 18,
      subsidy_claim: 19,
      insurance_registration: 10,
      assistance_referral: 20,
    });
  });
});

describe('the case contract', () => {
  const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

  it('requires the reference number and the system when filing', () => {
    expect(fieldsOf(CaseStepBodySchema.safeParse({ action: 'file', version: 1 }))).toEqual(['officialSystem', 'referenceNumber']);
    expect(
      CaseStepBodySchema.safeParse({ action: 'file', version: 1, officialSystem: 'yiwangtongban', referenceNumber: 'YW-1' }).success,
    ).toBe(true);
  });

  it('requires a reason for a refusal and an amount for a payment', () => {
    expect(fieldsOf(CaseStepBodySchema.safeParse({ action: 'refuse', version: 1 }))).toEqual(['refusalReason']);
    expect(fieldsOf(CaseStepBodySchema.safeParse({ action: 'pay', version: 1 }))).toEqual(['amountFen']);
    expect(fieldsOf(CaseStepBodySchema.safeParse({ action: 'pay', version: 1, amountFen: 0 }))).toEqual(['amountFen']);
  });

  it('requires the policy of a subsidy claim', () => {
    const base = { residentId: '01a2190b-70e8-7a7d-aa14-e6766ac34cc6', siteId: '01a2190b-70e8-7a7d-aa14-e6766ac34cc6' };
    expect(fieldsOf(OpenCaseBodySchema.safeParse({ ...base, kind: 'subsidy_claim' }))).toEqual(['policyId']);
    expect(OpenCaseBodySchema.safeParse({ ...base, kind: 'hardship_recognition' }).success).toBe(true);
  });
});

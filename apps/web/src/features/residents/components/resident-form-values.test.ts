import { CreateResidentBodySchema, UpdateResidentBodySchema } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { diffChanges } from '../../../lib/diff-changes.ts';
import { newResidentValues, type ResidentFormValues, residentFormToFields } from './resident-form-values.ts';

/** A registration as staff fill it in: the defaults plus the required fields. */
function filled(overrides: Partial<ResidentFormValues> = {}): ResidentFormValues {
  return {
    ...newResidentValues('310151101001'),
    name: '张三',
    address: '崇明区城桥镇鼓浪屿村 1 号',
    ...overrides,
  } as ResidentFormValues;
}

describe('resident form values', () => {
  it('derives the town from the village and passes the create contract', () => {
    const fields = residentFormToFields(filled());
    expect(fields.townCode).toBe('310151101');
    const body = { ...fields, idNumber: '11010519491231002X', employmentStatus: 'unknown' };
    const result = CreateResidentBodySchema.safeParse(body);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('sends no job intention while the switch is off, whatever the hidden fields hold', () => {
    expect(residentFormToFields(filled({ hasIntention: false })).jobIntention).toBeNull();
    const on = residentFormToFields(
      filled({
        hasIntention: true,
        jobIntention: { occupations: [], places: ['城桥镇'], payMinFen: 300000, payMaxFen: null, hours: 'any', maxCommuteMinutes: null },
      }),
    );
    expect(on.jobIntention?.places).toEqual(['城桥镇']);
    expect(on.jobIntention?.payMinFen).toBe(300000);
  });

  it('trims certificates and leaves blank optional parts out', () => {
    const fields = residentFormToFields(filled({ certificates: [{ name: '电工证', level: '  ', number: ' A001 ' }] }));
    expect(fields.certificates).toEqual([{ name: '电工证', number: 'A001' }]);
  });

  it('keeps a hardship category only for the hardship group', () => {
    const fields = residentFormToFields(
      filled({
        keyGroups: [
          { group: 'hardship', source: '认定证明', validFrom: '2026-01-01', hardshipCategory: 'long_term_unemployed' },
          { group: 'veteran', source: '走访', validFrom: '2026-01-01', hardshipCategory: 'long_term_unemployed' },
        ] as ResidentFormValues['keyGroups'],
      }),
    );
    expect(fields.keyGroups?.map((m) => m.hardshipCategory)).toEqual(['long_term_unemployed', null]);
  });

  it('sends no health fields when the viewer may not see them', () => {
    const fields = residentFormToFields(filled({ hasDisability: undefined, healthNote: '不应发送' }));
    expect('hasDisability' in fields).toBe(false);
    expect('healthNote' in fields).toBe(false);
  });

  it('an edit that only types a new mobile sends the mobile alone, and the PATCH passes the contract', () => {
    const before = residentFormToFields(filled({ mobile: null }));
    const changes = diffChanges(before, residentFormToFields(filled({ mobile: ' 13912345678 ' })));
    expect(changes).toEqual({ mobile: '13912345678' });
    expect(UpdateResidentBodySchema.safeParse({ ...changes, version: 3 }).success).toBe(true);
  });
});

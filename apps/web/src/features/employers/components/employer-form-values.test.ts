import { CreateEmployerBodySchema, type Employer, employerIssues, UpdateEmployerBodySchema } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { diffChanges } from '../../../lib/diff-changes.ts';
import {
  type EmployerFormValues,
  employerFormToBody,
  employerIssueInput,
  employerToFormValues,
  newEmployerValues,
} from './employer-form-values.ts';

const employer = {
  id: '0190a000-0000-7000-8000-000000000010',
  kind: 'sole_proprietor',
  name: '上海崇明某某民宿',
  creditCode: null,
  isKeyEmployer: false,
  industryDivision: '61',
  industrySection: 'H',
  townCode: '310151101',
  townName: '城桥镇',
  villageCode: null,
  villageName: null,
  address: '崇明区城桥镇八一路 100 号',
  lng: null,
  lat: null,
  employeeCount: 3,
  contacts: [],
  isActive: true,
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as Employer;

describe('employer form values', () => {
  it('an unchanged employer sends nothing (the empty credit code of the form is the null of the record)', () => {
    expect(employerToFormValues(employer).creditCode).toBe('');
    expect(diffChanges(employerFormToBody(employerToFormValues(employer)), employerFormToBody(employerToFormValues(employer)))).toEqual({});
  });

  it('trims the credit code and sends a blank one as null', () => {
    const values = employerToFormValues(employer);
    expect(employerFormToBody({ ...values, creditCode: ' 91310151MA1K123452 ' }).creditCode).toBe('91310151MA1K123452');
    expect(employerFormToBody({ ...values, creditCode: '   ' }).creditCode).toBeNull();
  });

  it('sends a cleared village and employee count as null, and the PATCH passes the contract', () => {
    const withVillage = { ...employer, villageCode: '310151101001' } as Employer;
    const values: EmployerFormValues = { ...employerToFormValues(withVillage), villageCode: undefined, employeeCount: undefined };
    const changes = diffChanges(employerFormToBody(employerToFormValues(withVillage)), employerFormToBody(values));
    expect(changes).toEqual({ villageCode: null, employeeCount: null });
    expect(UpdateEmployerBodySchema.safeParse({ ...changes, version: 2 }).success).toBe(true);
  });

  it('a company needs a credit code: the cross-field rule names the field, a sole proprietor may leave it out', () => {
    const company: EmployerFormValues = { ...employerToFormValues(employer), kind: 'company', creditCode: ' ' };
    expect(employerIssues(employerIssueInput(company)).map((issue) => issue.path)).toEqual(['creditCode']);
    expect(employerIssues(employerIssueInput(employerToFormValues(employer)))).toEqual([]);
  });

  it('a new employer filled in the usual way passes the create contract', () => {
    const values = {
      ...newEmployerValues('310151101'),
      kind: 'sole_proprietor',
      name: '上海崇明某某民宿',
      industryDivision: '61',
      address: '崇明区城桥镇八一路 100 号',
    } as EmployerFormValues;
    expect(CreateEmployerBodySchema.safeParse(employerFormToBody(values)).success).toBe(true);
  });
});

import { type Staff, UpdateStaffBodySchema } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { diffChanges } from '../../../lib/diff-changes.ts';
import { siteFilterOf, staffFormToBody, staffToFormValues } from './staff-form-values.ts';

const staff = {
  id: '0190a000-0000-7000-8000-000000000020',
  displayName: '张伟',
  role: 'point_staff',
  position: 'service_worker',
  isFullTime: true,
  regionCode: '310151101001',
  siteId: null,
  version: 1,
} as unknown as Staff;

describe('staff form values', () => {
  it('an unchanged account sends nothing; a chosen site is sent, a cleared one as null', () => {
    const before = staffFormToBody(staffToFormValues(staff));
    expect(diffChanges(before, staffFormToBody(staffToFormValues(staff)))).toEqual({});
    const siteId = '0190a000-0000-7000-8000-000000000001';
    const changes = diffChanges(before, staffFormToBody({ ...staffToFormValues(staff), siteId, isFullTime: false }));
    expect(changes).toEqual({ siteId, isFullTime: false });
    expect(UpdateStaffBodySchema.safeParse({ ...changes, version: 1 }).success).toBe(true);
    expect(staffFormToBody({ ...staffToFormValues(staff), siteId: undefined }).siteId).toBeNull();
  });

  it("offers the sites of the account's region: a grid's are its village's", () => {
    expect(siteFilterOf(undefined)).toBeNull();
    expect(siteFilterOf('310151101')).toEqual({ townCode: '310151101' });
    expect(siteFilterOf('310151101001')).toEqual({ villageCode: '310151101001' });
    expect(siteFilterOf('310151101001-01')).toEqual({ villageCode: '310151101001' });
    expect(siteFilterOf('310151')).toEqual({});
  });
});

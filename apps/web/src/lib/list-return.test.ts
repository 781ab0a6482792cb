import { beforeEach, describe, expect, it } from 'vitest';
import { forgetListSearches, listCrumb, listHref, rememberListSearch } from './list-return.ts';

describe('the way back to a list', () => {
  beforeEach(() => forgetListSearches());

  it('links to the list with the parameters it last had', () => {
    rememberListSearch('/residents', '?status=unemployed&page=2');
    expect(listHref('/residents')).toBe('/residents?status=unemployed&page=2');
    expect(listCrumb('人员名册', '/residents')).toEqual({ title: '人员名册', to: '/residents?status=unemployed&page=2' });
    expect(listHref('/sites')).toBe('/sites');
  });

  it('forgets a list whose filters were cleared, and every list at sign-in', () => {
    rememberListSearch('/residents', 'q=zs');
    rememberListSearch('/sites', 'kind=point');
    rememberListSearch('/residents', '');
    expect(listHref('/residents')).toBe('/residents');
    forgetListSearches();
    expect(listHref('/sites')).toBe('/sites');
  });
});

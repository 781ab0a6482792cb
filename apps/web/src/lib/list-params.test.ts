import { PAGE_SIZE_MAX, SITE_KINDS } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import {
  activeCount,
  activeOf,
  booleanOf,
  oneOf,
  pageOf,
  resetChanges,
  sortChanges,
  sortOf,
  sortOrderOf,
  wholeNumberOf,
} from './list-params.ts';

describe('pageOf', () => {
  it('defaults to the first page of 20', () => {
    expect(pageOf({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('reads positive whole numbers and ignores anything else', () => {
    expect(pageOf({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
    expect(pageOf({ page: '0', pageSize: '-5' })).toEqual({ page: 1, pageSize: 20 });
    expect(pageOf({ page: '2.5', pageSize: 'abc' })).toEqual({ page: 1, pageSize: 20 });
  });

  it('caps the page size at what the API accepts', () => {
    expect(pageOf({ pageSize: String(PAGE_SIZE_MAX + 1) }).pageSize).toBe(PAGE_SIZE_MAX);
  });
});

describe('activeOf', () => {
  it('shows records in use unless the address asks for deactivated ones or all', () => {
    expect(activeOf(undefined)).toBe(true);
    expect(activeOf('true')).toBe(true);
    expect(activeOf('false')).toBe(false);
    expect(activeOf('all')).toBeUndefined();
  });
});

describe('oneOf', () => {
  it('keeps a value of the set and drops any other', () => {
    expect(oneOf('station', SITE_KINDS)).toBe('station');
    expect(oneOf('Station', SITE_KINDS)).toBeUndefined();
    expect(oneOf('', SITE_KINDS)).toBeUndefined();
    expect(oneOf(undefined, SITE_KINDS)).toBeUndefined();
  });
});

describe('booleanOf and wholeNumberOf', () => {
  it('read only exact spellings', () => {
    expect(booleanOf('true')).toBe(true);
    expect(booleanOf('false')).toBe(false);
    expect(booleanOf('1')).toBeUndefined();
    expect(wholeNumberOf('12')).toBe(12);
    expect(wholeNumberOf('1e3')).toBeUndefined();
    expect(wholeNumberOf('-1')).toBeUndefined();
    expect(wholeNumberOf('')).toBeUndefined();
  });
});

describe('sorting', () => {
  it('passes the sort field on and accepts only asc or desc', () => {
    expect(sortOf({ sort: 'name', order: 'desc' })).toEqual({ sort: 'name', order: 'desc' });
    expect(sortOf({ sort: 'name', order: 'sideways' })).toEqual({ sort: 'name', order: undefined });
    expect(sortOf({ sort: '' })).toEqual({ sort: undefined, order: undefined });
  });

  it("turns antd's sorter into the address and back", () => {
    expect(sortChanges({ field: 'name', order: 'descend' })).toEqual({ sort: 'name', order: 'desc' });
    expect(sortChanges([{ field: 'updatedAt', order: 'ascend' }])).toEqual({ sort: 'updatedAt', order: 'asc' });
    // Unsorted (a third click) clears both, so the server's default order applies.
    expect(sortChanges({ field: 'name', order: null })).toEqual({ sort: undefined, order: undefined });
    expect(sortOrderOf({ sort: 'name', order: 'desc' }, 'name')).toBe('descend');
    expect(sortOrderOf({ sort: 'name' }, 'name')).toBe('ascend');
    expect(sortOrderOf({ sort: 'name', order: 'desc' }, 'kind')).toBeNull();
  });
});

describe('resetChanges', () => {
  it('clears every filter and the page, keeps the sort and the page size', () => {
    expect(resetChanges({ q: 'zs', status: 'unemployed', page: '3', sort: 'name', order: 'desc', pageSize: '50' })).toEqual({
      q: undefined,
      status: undefined,
      page: undefined,
    });
    expect(resetChanges({})).toEqual({});
    expect(resetChanges({ tab: 'summary', channel: 'phone' }, ['tab'])).toEqual({ channel: undefined });
  });
});

describe('activeCount', () => {
  it('counts the named filters that are set', () => {
    expect(activeCount({ keyGroup: 'disabled', status: '', q: 'zs' }, ['keyGroup', 'status', 'intention'])).toBe(1);
    expect(activeCount({}, ['keyGroup'])).toBe(0);
  });
});

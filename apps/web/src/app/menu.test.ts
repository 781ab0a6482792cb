import type { Me, Permission } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { menuFor, selectedMenuKey } from './menu.ts';

function me(permissions: Permission[]): Me {
  return { permissions } as unknown as Me;
}

describe('menu', () => {
  it('shows only the entries the user may open, and only the allowed sub-entries', () => {
    const entries = menuFor(me(['resident:read', 'resident:import']));
    expect(entries.map((entry) => entry.path)).toEqual(['/', '/residents']);
    expect(entries[1]?.children?.map((entry) => entry.path)).toEqual(['/residents', '/residents/import']);
  });

  it('selects the most specific entry of a path', () => {
    expect(selectedMenuKey('/sites/0190a000')).toBe('/sites');
    expect(selectedMenuKey('/residents/import/42')).toBe('/residents/import');
    expect(selectedMenuKey('/residents/0190a000')).toBe('/residents');
    // A path that merely starts with the same letters is not inside the entry.
    expect(selectedMenuKey('/sitesmap')).toBe('/');
    expect(selectedMenuKey('/')).toBe('/');
  });
});

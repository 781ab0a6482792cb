import type { RegionNode } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { findRegion, regionPath, regionsAt, townOptions, villageOptions } from './regions.ts';

function node(code: string, name: string, level: RegionNode['level'], children: RegionNode[] = [], isStatistical = false): RegionNode {
  return { code, name, level, children, isStatistical } as unknown as RegionNode;
}

const tree = node('310151', '崇明区', 'district', [
  node('310151101', '城桥镇', 'town', [
    node('310151101001', '鼓浪屿村', 'village', [node('310151101001-01', '第一网格', 'grid')]),
    node('310151101002', '西门村', 'village'),
  ]),
  node('310151102', '堡镇', 'town', [node('310151102001', '堡镇村', 'village')]),
  node('310151401', '某农场', 'town', [], true),
]);

describe('region tree helpers', () => {
  it('finds a node at any depth, and nothing for an unknown or empty code', () => {
    expect(findRegion(tree, '310151101002')?.name).toBe('西门村');
    expect(findRegion(tree, '310151101001-01')?.name).toBe('第一网格');
    expect(findRegion(tree, '310151103001')).toBeUndefined();
    expect(findRegion(tree, null)).toBeUndefined();
    expect(findRegion(undefined, '310151')).toBeUndefined();
  });

  it('lists every node of a level in order', () => {
    expect(regionsAt(tree, 'town').map((n) => n.name)).toEqual(['城桥镇', '堡镇', '某农场']);
    expect(regionsAt(tree, 'village').map((n) => n.code)).toEqual(['310151101001', '310151101002', '310151102001']);
  });

  it('gives the path from the root down', () => {
    expect(regionPath(tree, '310151101001').map((n) => n.name)).toEqual(['崇明区', '城桥镇', '鼓浪屿村']);
    expect(regionPath(tree, '999')).toEqual([]);
  });
});

describe('town and village options of a form', () => {
  it('offers a statistical town only to a record already placed there', () => {
    expect(townOptions(tree).map((o) => o.label)).toEqual(['城桥镇', '堡镇']);
    expect(townOptions(tree, '310151401').map((o) => o.label)).toEqual(['城桥镇', '堡镇', '某农场']);
  });

  it('offers the villages of the chosen town, not its grids, and none before a town is chosen', () => {
    expect(villageOptions(tree, '310151101')).toEqual([
      { value: '310151101001', label: '鼓浪屿村' },
      { value: '310151101002', label: '西门村' },
    ]);
    expect(villageOptions(tree, undefined)).toEqual([]);
  });
});

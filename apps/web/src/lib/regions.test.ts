import type { RegionNode } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { findRegion, regionPath, regionsAt } from './regions.ts';

function node(code: string, name: string, level: RegionNode['level'], children: RegionNode[] = []): RegionNode {
  return { code, name, level, children } as unknown as RegionNode;
}

const tree = node('310151', '崇明区', 'district', [
  node('310151101', '城桥镇', 'town', [
    node('310151101001', '鼓浪屿村', 'village', [node('310151101001-01', '第一网格', 'grid')]),
    node('310151101002', '西门村', 'village'),
  ]),
  node('310151102', '堡镇', 'town', [node('310151102001', '堡镇村', 'village')]),
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
    expect(regionsAt(tree, 'town').map((n) => n.name)).toEqual(['城桥镇', '堡镇']);
    expect(regionsAt(tree, 'village').map((n) => n.code)).toEqual(['310151101001', '310151101002', '310151102001']);
  });

  it('gives the path from the root down', () => {
    expect(regionPath(tree, '310151101001').map((n) => n.name)).toEqual(['崇明区', '城桥镇', '鼓浪屿村']);
    expect(regionPath(tree, '999')).toEqual([]);
  });
});

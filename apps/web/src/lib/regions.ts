import type { RegionLevel, RegionNode } from '@jobcircle/domain';

export function findRegion(root: RegionNode | undefined, code: string | null | undefined): RegionNode | undefined {
  if (!root || !code) return undefined;
  if (root.code === code) return root;
  for (const child of root.children) {
    if (code.startsWith(child.code.slice(0, Math.min(child.code.length, code.length)))) {
      const found = findRegion(child, code);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every node of a level in the tree, in order. */
export function regionsAt(root: RegionNode | undefined, level: RegionLevel): RegionNode[] {
  if (!root) return [];
  if (root.level === level) return [root];
  return root.children.flatMap((child) => regionsAt(child, level));
}

/** The names from the root down to the node: 崇明区 / 城桥镇 / 鼓浪屿村. */
export function regionPath(root: RegionNode | undefined, code: string): RegionNode[] {
  if (!root) return [];
  if (root.code === code) return [root];
  for (const child of root.children) {
    const path = regionPath(child, code);
    if (path.length > 0) return [root, ...path];
  }
  return [];
}

/** The towns a record may be placed in: statistical towns only when the record is already there. */
export function townOptions(root: RegionNode | undefined, recordTownCode?: string): { value: string; label: string }[] {
  return regionsAt(root, 'town')
    .filter((town) => !town.isStatistical || town.code === recordTownCode)
    .map((town) => ({ value: town.code, label: town.name }));
}

/** The villages of a town (not its grids). */
export function villageOptions(root: RegionNode | undefined, townCode: string | undefined): { value: string; label: string }[] {
  return (findRegion(root, townCode)?.children ?? [])
    .filter((node) => node.level === 'village')
    .map((village) => ({ value: village.code, label: village.name }));
}

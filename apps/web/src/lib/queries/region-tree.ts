import type { RegionNode } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { resourceKeys } from '../query-keys.ts';

export function fetchRegionTree(): Promise<RegionNode> {
  return api.get<RegionNode>('/regions/tree');
}

/** The tree changes rarely (grids only): keep it for five minutes. */
export const regionTreeQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.regions, 'tree'], queryFn: fetchRegionTree, staleTime: 300_000 });

export function useRegionTree() {
  return useQuery(regionTreeQueryOptions());
}

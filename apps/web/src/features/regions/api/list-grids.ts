import type { Grid, ListGridsQuery, Page } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type GridsFilter = Partial<ListGridsQuery>;

export function fetchGrids(query: GridsFilter, signal?: AbortSignal): Promise<Page<Grid>> {
  return api.get<Page<Grid>>('/grids', query, { signal });
}

export const gridsQueryOptions = (query: GridsFilter) =>
  queryOptions({ queryKey: [...resourceKeys.grids, 'list', query], queryFn: ({ signal }) => fetchGrids(query, signal) });

export function useGrids(query: GridsFilter, enabled = true) {
  return useQuery({ ...gridsQueryOptions(query), enabled });
}

import type { PublicConfig } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { resourceKeys } from '../query-keys.ts';

export function fetchPublicConfig(): Promise<PublicConfig> {
  return api.get<PublicConfig>('/public/config');
}

export const publicConfigQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.public, 'config'], queryFn: fetchPublicConfig, staleTime: 600_000 });

export function usePublicConfig() {
  return useQuery(publicConfigQueryOptions());
}

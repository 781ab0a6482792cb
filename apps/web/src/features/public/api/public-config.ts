import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface ExternalPlatform {
  name: string;
  url: string;
}

export type TileSource = { kind: 'tianditu'; key: string } | { kind: 'xyz'; url: string; crs: 'wgs84' | 'gcj02'; attribution: string };

export interface PublicConfig {
  externalPlatforms: ExternalPlatform[];
  tileSource: TileSource | null;
}

export function fetchPublicConfig(): Promise<PublicConfig> {
  return api.get<PublicConfig>('/public/config');
}

export const publicConfigQueryOptions = () =>
  queryOptions({ queryKey: ['public', 'config'], queryFn: fetchPublicConfig, staleTime: 600_000 });

export function usePublicConfig() {
  return useQuery(publicConfigQueryOptions());
}

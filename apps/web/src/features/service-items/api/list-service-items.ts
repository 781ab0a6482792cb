import type { ServiceItem } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchServiceItems(): Promise<ServiceItem[]> {
  return api.get<ServiceItem[]>('/service-items');
}

export const serviceItemsQueryOptions = () => queryOptions({ queryKey: resourceKeys.serviceItems, queryFn: fetchServiceItems });

export function useServiceItems() {
  return useQuery(serviceItemsQueryOptions());
}

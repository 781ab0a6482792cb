import type { Me } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';

export async function fetchMe(): Promise<Me> {
  const me = await api.get<Me>('/auth/me', undefined, { quietAuth: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQueryKey = ['auth', 'me'] as const;

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, retry: false, staleTime: 60_000 });

export function useMeQuery() {
  return useQuery(meQueryOptions());
}

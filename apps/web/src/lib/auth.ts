import type { Me, Permission } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from './api.ts';
import { resourceKeys } from './query-keys.ts';

export async function fetchMe(): Promise<Me> {
  const me = await api.get<Me>('/auth/me', undefined, { quietAuth: true });
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user (shared: the frame, the guards and every feature read it). */
export const meQueryOptions = () =>
  queryOptions({ queryKey: [...resourceKeys.auth, 'me'], queryFn: fetchMe, retry: false, staleTime: 60_000 });

export function useMeQuery() {
  return useQuery(meQueryOptions());
}

/** The signed-in user; only used under RequireAuth, where Me is loaded. */
export function useMe(): Me {
  const { data } = useQuery(meQueryOptions());
  if (!data) throw new Error('useMe() outside RequireAuth');
  return data;
}

export function can(me: Me | undefined, permission: Permission): boolean {
  return Boolean(me?.permissions.includes(permission));
}

export function useCan(permission: Permission): boolean {
  const { data } = useQuery(meQueryOptions());
  return can(data, permission);
}

/** A `next` parameter is followed only when it is a path of this app. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

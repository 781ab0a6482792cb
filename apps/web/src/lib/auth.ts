import type { Me, Permission } from '@jobcircle/domain';
import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '../features/auth/api/me.ts';

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

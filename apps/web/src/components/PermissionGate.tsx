import type { Permission } from '@jobcircle/domain';
import type { ReactNode } from 'react';
import { useCan } from '../lib/auth.ts';

/** Shows its children only to a user holding the permission (the API enforces it as well). */
export function PermissionGate({
  permission,
  children,
  fallback = null,
}: {
  permission: Permission;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useCan(permission) ? children : fallback;
}

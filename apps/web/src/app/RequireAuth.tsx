import type { Permission } from '@jobcircle/domain';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { LoadError } from '../components/LoadError.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { isApiError, onAuthProblem } from '../lib/api.ts';
import { can, meQueryOptions, useMeQuery } from '../lib/auth.ts';

// The 403 page carries antd's illustrations: loaded when first shown, not with the first page.
const ForbiddenPage = lazy(async () => ({ default: (await import('../components/ForbiddenPage.tsx')).ForbiddenPage }));

function signInPath(next: string, expired: boolean): string {
  const params = new URLSearchParams({ next });
  if (expired) params.set('reason', 'expired');
  return `/sign-in?${params.toString()}`;
}

/**
 * Everything behind sign-in: an unknown visitor goes to sign-in (and comes back afterwards); a user
 * who must change the password goes to the password page first.
 */
export function RequireAuth() {
  const me = useMeQuery();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      onAuthProblem((code) => {
        if (code === 'PASSWORD_CHANGE_REQUIRED') {
          void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
          void navigate(`/change-password?next=${encodeURIComponent(here)}`);
          return;
        }
        // The sign-in page drops the cache once the console has left the screen (SignInPage).
        void navigate(signInPath(here, code === 'SESSION_EXPIRED'), { replace: true });
      }),
    [here, navigate, queryClient],
  );

  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    if (isApiError(me.error, 'UNAUTHENTICATED', 'SESSION_EXPIRED')) {
      return <Navigate to={signInPath(here, me.error.code === 'SESSION_EXPIRED')} replace />;
    }
    return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to={`/change-password?next=${encodeURIComponent(here)}`} replace />;
  }
  // District and town admins bind an authenticator before anything else (after the password change).
  if (me.data.mustEnrolSecondFactor && !me.data.mustChangePassword && location.pathname !== '/security') {
    return <Navigate to={`/security?next=${encodeURIComponent(here)}`} replace />;
  }
  return <Outlet />;
}

/** A group of routes for holders of one permission; others see the 403 page. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useMeQuery();
  if (can(me.data, permission)) return <Outlet />;
  return (
    <Suspense fallback={<PageLoading />}>
      <ForbiddenPage />
    </Suspense>
  );
}

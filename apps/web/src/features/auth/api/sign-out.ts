import { useMutation } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';

export function signOut(): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/auth/sign-out', {}, { quietAuth: true });
}

/** Ends the session; the cached records go when the sign-in page shows (SignInPage), after the console has left the screen. */
export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSettled: () => setCsrfToken(null),
  });
}

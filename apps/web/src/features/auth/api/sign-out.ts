import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';

export function signOut(): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/auth/sign-out', {}, { quietAuth: true });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}

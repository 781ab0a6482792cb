import type { Me, SignInBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';
import { meQueryOptions } from '../../../lib/auth.ts';

export async function signIn(body: SignInBody): Promise<Me> {
  setCsrfToken(null);
  const me = await api.post<Me>('/auth/sign-in', body, { quietAuth: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryOptions().queryKey, me);
    },
  });
}

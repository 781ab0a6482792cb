import type { ChangePasswordBody, Me } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';
import { meQueryOptions } from '../../../lib/auth.ts';

export async function changePassword(body: ChangePasswordBody): Promise<Me> {
  const me = await api.post<Me>('/auth/password', body, { quietAuth: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryOptions().queryKey, me);
    },
  });
}

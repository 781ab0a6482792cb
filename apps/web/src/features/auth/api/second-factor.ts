import type {
  ConfirmSecondFactorBody,
  Me,
  RecoveryCodes,
  SecondFactorEnrolment,
  SecondFactorSignInBody,
  SecondFactorStatus,
} from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api.ts';
import { meQueryOptions } from '../../../lib/auth.ts';

/** Step two of a sign-in: the challenge from the first step and a code or a recovery code. */
export async function signInWithSecondFactor(body: SecondFactorSignInBody): Promise<Me> {
  setCsrfToken(null);
  const me = await api.post<Me>('/auth/sign-in/second-factor', body, { quietAuth: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export function useSignInWithSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithSecondFactor,
    onSuccess: (me) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryOptions().queryKey, me);
    },
  });
}

const statusQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'second-factor'], queryFn: () => api.get<SecondFactorStatus>('/auth/second-factor') });

export function useSecondFactorStatus() {
  return useQuery(statusQueryOptions());
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api.post<SecondFactorEnrolment>('/auth/second-factor/enrolment') });
}

function useRefreshAfter<T>(fn: (body: ConfirmSecondFactorBody) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: statusQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}

export function useConfirmEnrolment() {
  return useRefreshAfter((body) => api.post<RecoveryCodes>('/auth/second-factor/confirmation', body));
}

export function useRenewRecoveryCodes() {
  return useRefreshAfter((body) => api.post<RecoveryCodes>('/auth/second-factor/recovery-codes', body));
}

import type { PublicServiceForRating, SubmitRatingBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { serviceForRatingQueryOptions } from './public-rating.ts';

export function submitRating(token: string, body: SubmitRatingBody): Promise<PublicServiceForRating> {
  return api.post<PublicServiceForRating>(`/public/feedback/${encodeURIComponent(token)}`, body, { quietAuth: true });
}

/** The resident's rating, once per service (a second answers 409 ALREADY_RATED). */
export function useSubmitRating(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitRatingBody) => submitRating(token, body),
    onSuccess: (service) => queryClient.setQueryData(serviceForRatingQueryOptions(token).queryKey, service),
  });
}

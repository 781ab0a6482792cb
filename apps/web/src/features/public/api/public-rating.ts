import type { PublicServiceForRating } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchServiceForRating(token: string, signal?: AbortSignal): Promise<PublicServiceForRating> {
  return api.get<PublicServiceForRating>(`/public/feedback/${encodeURIComponent(token)}`, undefined, { signal, quietAuth: true });
}

/** The service a rating link is for: item, site and time only, and whether it was rated already. */
export const serviceForRatingQueryOptions = (token: string) =>
  queryOptions({
    queryKey: [...resourceKeys.public, 'rating', token],
    queryFn: ({ signal }) => fetchServiceForRating(token, signal),
    retry: false,
  });

export function useServiceForRating(token: string) {
  return useQuery(serviceForRatingQueryOptions(token));
}

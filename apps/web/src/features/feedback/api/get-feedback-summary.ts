import type { FeedbackSummary, FeedbackSummaryQuery } from '@jobcircle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export function fetchFeedbackSummary(query: Partial<FeedbackSummaryQuery>, signal?: AbortSignal): Promise<FeedbackSummary> {
  return api.get<FeedbackSummary>('/feedback/summary', query, { signal });
}

/** The ratings in scope (or of one site or staff member): count, mean, distribution. */
export const feedbackSummaryQueryOptions = (query: Partial<FeedbackSummaryQuery>) =>
  queryOptions({ queryKey: [...resourceKeys.complaints, 'ratings', query], queryFn: ({ signal }) => fetchFeedbackSummary(query, signal) });

export function useFeedbackSummary(query: Partial<FeedbackSummaryQuery>) {
  return useQuery(feedbackSummaryQueryOptions(query));
}

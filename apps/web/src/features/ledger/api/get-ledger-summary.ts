import type { LedgerSummary, LedgerSummaryQuery } from '@jobcircle/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export type LedgerSummaryFilter = Partial<LedgerSummaryQuery>;

export function fetchLedgerSummary(query: LedgerSummaryFilter, signal?: AbortSignal): Promise<LedgerSummary> {
  return api.get<LedgerSummary>('/ledger/summary', query, { signal });
}

export const ledgerSummaryQueryOptions = (query: LedgerSummaryFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.ledger, 'summary', query],
    queryFn: ({ signal }) => fetchLedgerSummary(query, signal),
    placeholderData: keepPreviousData,
  });

export function useLedgerSummary(query: LedgerSummaryFilter) {
  return useQuery(ledgerSummaryQueryOptions(query));
}

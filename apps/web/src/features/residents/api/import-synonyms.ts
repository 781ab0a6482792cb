import type { ImportSynonyms, PutImportSynonymsBody } from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

/** The import's value synonyms: the built-in table and the district's own words (district admins). */
export const importSynonymsQueryOptions = () =>
  queryOptions({
    queryKey: [...resourceKeys.residents, 'import-synonyms'],
    queryFn: ({ signal }) => api.get<ImportSynonyms>('/residents/import-synonyms', undefined, { signal }),
  });

export function useImportSynonyms() {
  return useQuery(importSynonymsQueryOptions());
}

/** Replaces the district's words; the next preview applies them. */
export function useSaveImportSynonyms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutImportSynonymsBody) => api.put<ImportSynonyms>('/residents/import-synonyms', body),
    onSuccess: (table) => queryClient.setQueryData(importSynonymsQueryOptions().queryKey, table),
  });
}

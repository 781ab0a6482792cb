import type {
  CoverageImportKind,
  CoverageImportReport,
  CoverageMode,
  CoverageReport,
  PlanBody,
  PlanResult,
  PutVillageCentreBody,
  VillageCentre,
} from '@jobcircle/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toApiError } from '../../../lib/api.ts';
import { useMe } from '../../../lib/auth.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';

export interface CoverageFilter {
  mode: CoverageMode;
  item: number | undefined;
  threshold: number;
}

export const coverageQueryOptions = (filter: CoverageFilter) =>
  queryOptions({
    queryKey: [...resourceKeys.coverage, filter],
    queryFn: ({ signal }) => api.get<CoverageReport>('/coverage', { ...filter }, { signal }),
  });

/** Coverage per town and village for the mode, item and threshold (the actor's region only). */
export function useCoverage(filter: CoverageFilter) {
  return useQuery(coverageQueryOptions(filter));
}

export const villageCentresQueryOptions = () =>
  queryOptions({
    queryKey: [...resourceKeys.coverage, 'village-centres'],
    queryFn: ({ signal }) => api.get<VillageCentre[]>('/coverage/village-centres', undefined, { signal }),
  });

export function useVillageCentres(enabled: boolean) {
  return useQuery({ ...villageCentresQueryOptions(), enabled });
}

/** Places or moves a village centre; every coverage figure changes with it. */
export function usePutVillageCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ villageCode, ...body }: PutVillageCentreBody & { villageCode: string }) =>
      api.put<VillageCentre>(`/coverage/village-centres/${villageCode}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.coverage }),
  });
}

/** Checks (preview) or imports (commit) a CSV of village centres or official population. */
export function useCoverageImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, csv, commit }: { kind: CoverageImportKind; csv: string; commit: boolean }) =>
      api.post<CoverageImportReport>(`/coverage/imports/${kind}${commit ? '' : '/preview'}`, { csv }),
    onSuccess: (_report, { commit }) => (commit ? queryClient.invalidateQueries({ queryKey: resourceKeys.coverage }) : undefined),
  });
}

export function usePlan() {
  return useMutation({ mutationFn: (body: PlanBody) => api.post<PlanResult>('/coverage/plans', body) });
}

function fileNameOf(disposition: string | null): string {
  const match = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : '新站点规划.xlsx';
}

/** Downloads the plan as xlsx (the API computes it again from the same request); a POST carries the session's CSRF token. */
async function downloadPlan(body: PlanBody, csrfToken: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/coverage/plans/export', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: '网络连接失败，请检查网络后重试' });
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const fileName = fileNameOf(response.headers.get('content-disposition'));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

export function useDownloadPlan() {
  const me = useMe();
  return useMutation({ mutationFn: (body: PlanBody) => downloadPlan(body, me.csrfToken) });
}

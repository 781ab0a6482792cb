import { useMutation } from '@tanstack/react-query';
import { ApiError, toApiError, toSearch } from '../../../lib/api.ts';
import type { JobsFilter } from './list-jobs.ts';

function fileNameOf(disposition: string | null): string {
  const match = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : '岗位信息表.xlsx';
}

/** Downloads the filtered jobs as the list staff carry to a job fair (xlsx, phones masked); the API audits it. */
export async function downloadJobs(query: Omit<JobsFilter, 'page' | 'pageSize'>): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/jobs/export.xlsx${toSearch(query)}`, { credentials: 'same-origin' });
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

export function useDownloadJobs() {
  return useMutation({ mutationFn: downloadJobs });
}

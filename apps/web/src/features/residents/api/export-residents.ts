import type { ExportResidentsQuery } from '@jobcircle/domain';
import { useMutation } from '@tanstack/react-query';
import { ApiError, toApiError, toSearch } from '../../../lib/api.ts';

export type ExportFilter = Partial<ExportResidentsQuery>;

function fileNameOf(disposition: string | null): string {
  const match = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : '劳动力资源台账.xlsx';
}

/**
 * Downloads the ledger (xlsx) with the list's filters; the session cookie authorises it. Masked unless
 * a reason is given (then full numbers, audited by the API).
 */
export async function downloadLedger(query: ExportFilter): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/residents/export${toSearch(query)}`, { credentials: 'same-origin' });
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

export function useDownloadLedger() {
  return useMutation({ mutationFn: downloadLedger });
}

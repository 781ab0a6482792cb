import type { LedgerExportQuery } from '@jobcircle/domain';
import { useMutation } from '@tanstack/react-query';
import { ApiError, toApiError, toSearch } from '../../../lib/api.ts';

export type LedgerExportFilter = Partial<LedgerExportQuery>;

function fileNameOf(disposition: string | null): string {
  const match = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : '服务台账统计.xlsx';
}

/** Downloads the upward report (xlsx, one sheet per module, totals); the API records the export in the audit log. */
export async function downloadLedgerReport(query: LedgerExportFilter): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/ledger/export.xlsx${toSearch(query)}`, { credentials: 'same-origin' });
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

export function useDownloadLedgerReport() {
  return useMutation({ mutationFn: downloadLedgerReport });
}

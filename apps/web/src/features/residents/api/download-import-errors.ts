import { useMutation } from '@tanstack/react-query';
import { ApiError, toApiError } from '../../../lib/api.ts';

/** Downloads the preview's rows with errors (xlsx: the file's columns and 错误原因), to correct and upload again. */
async function downloadImportErrors(id: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/residents/imports/${encodeURIComponent(id)}/errors`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: '网络连接失败，请检查网络后重试' });
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const match = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = match?.[1] ? decodeURIComponent(match[1]) : '错误行.xlsx';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useDownloadImportErrors() {
  return useMutation({ mutationFn: downloadImportErrors });
}

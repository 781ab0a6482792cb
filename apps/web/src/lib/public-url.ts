import { usePublicConfig } from './queries/public-config.ts';

/**
 * The public address of a path (`/s/…`, `/j/…`, `/rate/…`) as QR codes and shared links carry it:
 * the configured PUBLIC_URL, never the address the staff member happens to use (an intranet name, a
 * port, localhost). Null while the configuration loads and when PUBLIC_URL is not set.
 */
export function usePublicUrl(path: string | null): { url: string | null; missing: boolean } {
  const config = usePublicConfig();
  const base = config.data?.publicUrl ?? null;
  return { url: base && path ? `${base}${path}` : null, missing: config.isSuccess && base === null };
}

import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ListParams = Record<string, string | undefined>;

/**
 * A list's filters, page and sort live in the address bar: a reload, a shared link or the back
 * button gives the same list. Changing a filter goes back to page 1.
 */
export function useListParams(): [ListParams, (changes: ListParams, keepPage?: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => Object.fromEntries(search.entries()) as ListParams, [search]);
  const update = useCallback(
    (changes: ListParams, keepPage = false) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          if (!keepPage && !('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return [params, update];
}

export function intParam(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** antd's sorter → `sort` and `order` of the API (unsorted = undefined, the server default). */
export function sortChanges<T>(sorter: SorterResult<T> | SorterResult<T>[]): ListParams {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one?.order || typeof one.field !== 'string') return { sort: undefined, order: undefined };
  return { sort: one.field, order: one.order === 'ascend' ? 'asc' : 'desc' };
}

export function sortOrderOf(params: ListParams, field: string): 'ascend' | 'descend' | null {
  if (params.sort !== field) return null;
  return params.order === 'desc' ? 'descend' : 'ascend';
}

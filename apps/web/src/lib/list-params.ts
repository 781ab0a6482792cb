import { PAGE_SIZE_MAX } from '@jobcircle/domain';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { rememberListSearch } from './list-return.ts';

export type ListParams = Record<string, string | undefined>;

/**
 * A list's filters, page and sort live in the address bar: a reload, a shared link or the back
 * button gives the same list. Changing a filter goes back to page 1.
 */
export function useListParams(): [ListParams, (changes: ListParams, keepPage?: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const { pathname } = useLocation();
  // The detail and form pages' breadcrumbs go back to the list with these parameters.
  useEffect(() => rememberListSearch(pathname, search.toString()), [pathname, search]);
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

/** What 重置 changes: every filter and the page cleared; the sort, the page size and `keep` (a page's tab) stay. */
export function resetChanges(params: ListParams, keep: readonly string[] = []): ListParams {
  const kept = new Set(['sort', 'order', 'pageSize', ...keep]);
  return Object.fromEntries(
    Object.keys(params)
      .filter((key) => !kept.has(key))
      .map((key) => [key, undefined]),
  );
}

/** How many of the named filters are set (the count on 更多筛选 while they are hidden). */
export function activeCount(params: ListParams, names: readonly string[]): number {
  return names.filter((name) => params[name] !== undefined && params[name] !== '').length;
}

export function intParam(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The page (1 when absent or not a positive whole number) and its size (20 by default, at most PAGE_SIZE_MAX). */
export function pageOf(params: ListParams): { page: number; pageSize: number } {
  return { page: intParam(params.page, 1), pageSize: Math.min(intParam(params.pageSize, 20), PAGE_SIZE_MAX) };
}

/** `active` of the address: absent = only the records in use (the default), `false` = only deactivated ones, `all` = both. */
export function activeOf(value: string | undefined): boolean | undefined {
  if (value === 'all') return undefined;
  return value !== 'false';
}

/** A value of a closed set (a kind, a status…); anything else in the address is ignored rather than sent. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** `true` / `false` in the address; anything else is no filter. */
export function booleanOf(value: string | undefined): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A whole number in the address (a service item number…); anything else is no filter. */
export function wholeNumberOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** The sort of the address as the API takes it: a field name, and `asc` or `desc` (anything else: the server's order). */
export function sortOf(params: ListParams): { sort: string | undefined; order: 'asc' | 'desc' | undefined } {
  return { sort: params.sort || undefined, order: oneOf(params.order, ['asc', 'desc'] as const) };
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

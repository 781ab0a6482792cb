import type { Page } from '@jobcircle/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ListParams, pageOf, sortOf, useListParams } from './list-params.ts';

/** What every paged list query of the API takes besides its own filters. */
interface PagedQuery {
  page?: number;
  pageSize?: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

export interface ServerList<T> {
  /** The address bar's parameters, and the way to change them (a changed filter goes back to page 1). */
  params: ListParams;
  update: (changes: ListParams, keepPage?: boolean) => void;
  result: UseQueryResult<Page<T>>;
  /** The props of ServerTable that come from the list: `<ServerTable {...list.table} columns=… />`. */
  table: {
    result: UseQueryResult<Page<T>>;
    params: ListParams;
    update: (changes: ListParams, keepPage?: boolean) => void;
    page: number;
    pageSize: number;
  };
}

/**
 * One paged list of the API whose filters, page and sort live in the address bar: `toFilter` reads
 * the list's own filters from the parameters (use the parsers of list-params.ts), the page and the
 * sort are added here, and `useList` is the list's query hook (`useSites`…).
 */
export function useServerList<Q extends PagedQuery, T>(
  toFilter: (params: ListParams) => Omit<Q, keyof PagedQuery>,
  useList: (query: Q) => UseQueryResult<Page<T>>,
): ServerList<T> & { filter: Omit<Q, 'page' | 'pageSize'>; query: Q } {
  const [params, update] = useListParams();
  const filter = { ...toFilter(params), ...sortOf(params) } as Omit<Q, 'page' | 'pageSize'>;
  const paging = pageOf(params);
  const query = { ...filter, ...paging } as Q;
  const result = useList(query);
  return { params, update, filter, query, result, table: { result, params, update, ...paging } };
}

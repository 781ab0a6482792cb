import type { Page } from '@jobcircle/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import { type ListParams, sortChanges } from '../lib/list-params.ts';
import { LoadError } from './LoadError.tsx';

interface ServerTableProps<T> {
  /** The list query: its page, its loading and error states. */
  result: UseQueryResult<Page<T>>;
  columns: TableColumnsType<T>;
  params: ListParams;
  update: (changes: ListParams, keepPage?: boolean) => void;
  page: number | undefined;
  pageSize: number | undefined;
  totalText: (total: number) => string;
  emptyText: string;
  size?: TableProps<T>['size'];
  /** Rows that open to show more (the audit log's details). */
  expandable?: TableProps<T>['expandable'];
  pageSizeOptions?: number[];
}

/**
 * A table paged and sorted on the server: the page, its size and the sort go to the address bar
 * (a new sort goes back to page 1); an error offers a retry instead of the table.
 */
export function ServerTable<T extends { id: string }>({
  result,
  columns,
  params,
  update,
  page,
  pageSize,
  totalText,
  emptyText,
  size,
  expandable,
  pageSizeOptions = [10, 20, 50, 100],
}: ServerTableProps<T>) {
  if (result.isError) return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  return (
    <Table<T>
      rowKey="id"
      size={size}
      expandable={expandable}
      columns={columns}
      dataSource={result.data?.items}
      loading={result.isFetching}
      scroll={{ x: 'max-content' }}
      onChange={(pagination, _filters, sorter) => {
        const sortParams = sortChanges(sorter);
        const sortChanged = sortParams.sort !== params.sort || sortParams.order !== params.order;
        update(
          {
            ...sortParams,
            page: sortChanged ? undefined : String(pagination.current ?? 1),
            pageSize: pagination.pageSize === 20 ? undefined : String(pagination.pageSize),
          },
          true,
        );
      }}
      pagination={{
        current: page,
        pageSize,
        total: result.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: totalText,
      }}
      locale={{ emptyText: result.isPending ? '正在加载…' : emptyText }}
    />
  );
}

import type { TableColumnType } from 'antd';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';
import { formatDateTime } from '../lib/format.ts';
import { type ListParams, sortOrderOf } from '../lib/list-params.ts';
import { ActiveTag } from './ActiveTag.tsx';

/** A column the server sorts by `field` (the API's sort name is the field's name). */
export function sortableColumn<T>(params: ListParams, field: string, title: string, rest: TableColumnType<T> = {}): TableColumnType<T> {
  return { title, dataIndex: field, key: field, sorter: true, sortOrder: sortOrderOf(params, field), ...rest };
}

/** 所在区域: "城桥镇 / 鼓浪屿村", or the town alone; sorted by town. */
export function regionColumn<T extends { townName: string; villageName: string | null }>(params: ListParams): TableColumnType<T> {
  return sortableColumn<T>(params, 'townCode', '所在区域', {
    render: (_code: string, row) => (row.villageName ? `${row.townName} / ${row.villageName}` : row.townName),
  });
}

/** 状态: 在用 / 已停用 (hidden on the narrowest screens). */
export function activeColumn<T extends { isActive: boolean }>(): TableColumnType<T> {
  return {
    title: '状态',
    dataIndex: 'isActive',
    key: 'isActive',
    render: (active: boolean) => <ActiveTag active={active} />,
    responsive: ['sm'],
  };
}

/** A sortable time (更新时间, 创建时间), shown from the given screen width up. */
export function dateTimeColumn<T>(params: ListParams, field: string, title: string, from: Breakpoint): TableColumnType<T> {
  return sortableColumn<T>(params, field, title, { render: (at: string) => formatDateTime(at), responsive: [from] });
}

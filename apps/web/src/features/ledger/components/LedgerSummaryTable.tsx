import {
  LEDGER_SUMMARY_GROUP_LABELS,
  LEDGER_SUMMARY_GROUPS,
  type LedgerSummaryGroup,
  type LedgerSummaryRow,
  SERVICE_ITEM_SHORT_LABELS,
  SERVICE_ITEMS_BY_MODULE,
  SERVICE_MODULE_LABELS,
  SERVICE_MODULES,
} from '@jobcircle/domain';
import { Empty, Form, Row, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { type FilterTarget, SelectFilter } from '../../../components/FilterFields.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { oneOf } from '../../../lib/list-params.ts';
import { optionsOf } from '../../../lib/service-item-options.ts';
import { useLedgerSummary } from '../api/get-ledger-summary.ts';
import { MonthFilter, RegionFilter, SiteFilter } from './LedgerFilters.tsx';

/** The records behind a row: the ledger filtered by its site, town or staff member. */
const DRILL_PARAMS: Record<LedgerSummaryGroup, string> = { site: 'siteId', town: 'townCode', staff: 'staffId' };

/** The item numbers in the order of the columns (module by module). */
const ITEM_ORDER = SERVICE_MODULES.flatMap((module) => SERVICE_ITEMS_BY_MODULE[module]);

/** Month totals per item (columns grouped by the six modules), one row per site, town or staff member, with totals. */
export function LedgerSummaryTable({ list }: { list: FilterTarget }) {
  const { params } = list;
  const groupBy = oneOf(params.groupBy, LEDGER_SUMMARY_GROUPS) ?? 'site';
  const summary = useLedgerSummary({
    groupBy,
    month: params.month,
    townCode: params.townCode,
    villageCode: params.villageCode,
    siteId: params.siteId,
  });
  const columns: TableColumnsType<LedgerSummaryRow> = [
    {
      title: LEDGER_SUMMARY_GROUP_LABELS[groupBy].replace('按', ''),
      dataIndex: 'label',
      key: 'label',
      fixed: 'left',
      width: 160,
      render: (text: string, row) => (
        <Link to={`/ledger?${new URLSearchParams({ [DRILL_PARAMS[groupBy]]: row.key }).toString()}`}>{text}</Link>
      ),
    },
    ...SERVICE_MODULES.map((module) => ({
      title: SERVICE_MODULE_LABELS[module],
      key: module,
      children: SERVICE_ITEMS_BY_MODULE[module].map((no) => ({
        title: `${no} ${SERVICE_ITEM_SHORT_LABELS[no] ?? ''}`,
        key: `item-${no}`,
        align: 'right' as const,
        render: (_: unknown, row: LedgerSummaryRow) => row.counts[no - 1] ?? 0,
      })),
    })),
    { title: '合计', dataIndex: 'total', key: 'total', align: 'right', fixed: 'right' },
  ];
  return (
    <>
      <Form layout="vertical" className="filters" role="search" aria-label="筛选统计">
        <Row gutter={12}>
          <MonthFilter list={list} id="summary-month" />
          <SelectFilter
            list={list}
            id="summary-group"
            label="统计口径"
            name="groupBy"
            defaultValue="site"
            options={optionsOf(LEDGER_SUMMARY_GROUPS, LEDGER_SUMMARY_GROUP_LABELS)}
          />
          <RegionFilter list={list} id="summary-region" />
          <SiteFilter list={list} id="summary-site" />
        </Row>
      </Form>
      {summary.isError ? (
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Typography.Paragraph>
            {summary.data ? `${summary.data.from} 至 ${summary.data.to}，共 ${summary.data.total} 次服务。` : '正在统计…'}
          </Typography.Paragraph>
          {summary.data && summary.data.rows.length === 0 ? (
            <Empty description="本期没有服务记录" />
          ) : (
            <Table<LedgerSummaryRow>
              rowKey="key"
              size="small"
              bordered
              columns={columns}
              dataSource={summary.data?.rows}
              loading={summary.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: summary.isPending ? '正在加载…' : '本期没有服务记录' }}
              summary={() =>
                summary.data && summary.data.rows.length > 0 ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                    {ITEM_ORDER.map((no, i) => (
                      <Table.Summary.Cell key={no} index={i + 1} align="right">
                        {summary.data?.totals[no - 1] ?? 0}
                      </Table.Summary.Cell>
                    ))}
                    <Table.Summary.Cell index={26} align="right">
                      {summary.data.total}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
          )}
        </>
      )}
    </>
  );
}

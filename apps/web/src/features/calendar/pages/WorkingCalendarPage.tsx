import { PlusOutlined } from '@ant-design/icons';
import { CALENDAR_YEAR_ORIGIN_LABELS, type CalendarYearSummary, shanghaiDate } from '@jobcircle/domain';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { useCan } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCalendarYears } from '../api/list-calendar-years.ts';
import { CalendarCoverageBanner } from '../components/CalendarCoverageBanner.tsx';

function isUrl(source: string): boolean {
  return /^https?:\/\/\S+$/.test(source);
}

/** 工作日历: the years whose holidays and 调休 working days the calendar knows, and where each comes from. */
export default function WorkingCalendarPage() {
  const years = useCalendarYears();
  const navigate = useNavigate();
  const mayWrite = useCan('calendar:write');
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const covered = new Set(years.data?.years.map((year) => year.year));
  // The first year after the unbroken run is the one to enter next.
  const nextToEnter = years.data ? years.data.coveredThrough + 1 : thisYear + 1;

  const columns: TableColumnsType<CalendarYearSummary> = [
    { title: '年份', dataIndex: 'year', key: 'year' },
    {
      title: '通知',
      key: 'notice',
      render: (_: unknown, row) => (
        <>
          <div>{row.title}</div>
          {row.documentNo ? <Typography.Text type="secondary">{row.documentNo}</Typography.Text> : null}
        </>
      ),
    },
    {
      title: '来源',
      key: 'source',
      render: (_: unknown, row) => (
        <>
          <Tag color={row.origin === 'entered' ? 'blue' : undefined}>{CALENDAR_YEAR_ORIGIN_LABELS[row.origin]}</Tag>
          {row.overridesPackage ? <Tag color="warning">已更正数据包</Tag> : null}
          <div style={{ wordBreak: 'break-all' }}>
            {isUrl(row.source) ? (
              <a href={row.source} target="_blank" rel="noreferrer noopener">
                {row.source}
              </a>
            ) : (
              row.source
            )}
          </div>
        </>
      ),
    },
    {
      title: '放假 / 调休上班',
      key: 'counts',
      responsive: ['sm'],
      render: (_: unknown, row) => (row.holidayCount === null ? '—' : `${row.holidayCount} 天 / ${row.adjustedWorkdayCount ?? 0} 天`),
    },
    {
      title: '发布 / 录入',
      key: 'dates',
      responsive: ['md'],
      render: (_: unknown, row) => (row.updatedAt ? `${row.publishedOn ?? ''} 发布；${formatDateTime(row.updatedAt)} 录入` : '—'),
    },
    ...(mayWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, row: CalendarYearSummary) => (
              <Link to={`/calendar/years/${row.year}`} aria-label={`${row.origin === 'entered' ? '修改' : '更正'} ${row.year} 年`}>
                {row.origin === 'entered' ? '修改' : '更正'}
              </Link>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title="工作日历"
      description="办理时限、预约时段和逾期提醒按工作日计算：跳过法定节假日，调休上班日计入。节假日按国务院办公厅每年发布的部分节假日安排通知；2026 年及以前来自数据包，此后各年由区级管理员按通知录入（录入的年份优先于数据包）。"
      extra={
        <PermissionGate permission="calendar:write">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/calendar/years/${nextToEnter}`)}>
            录入 {nextToEnter} 年
          </Button>
        </PermissionGate>
      }
    >
      <CalendarCoverageBanner showLink={mayWrite} />
      {years.data && !covered.has(thisYear + 1) ? (
        <Typography.Paragraph>
          已覆盖至 {years.data.coveredThrough} 年；{years.data.coveredThrough + 1} 年起只跳过周末。
        </Typography.Paragraph>
      ) : null}
      {years.isError ? (
        <LoadError error={years.error} onRetry={() => void years.refetch()} />
      ) : (
        <Table<CalendarYearSummary>
          rowKey="year"
          size="small"
          columns={columns}
          // The newest years first: those are the ones entered and checked.
          dataSource={years.data ? [...years.data.years].reverse() : undefined}
          loading={years.isFetching}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </PageContainer>
  );
}

import { DownloadOutlined, FormOutlined } from '@ant-design/icons';
import {
  SERVICE_CHANNEL_LABELS,
  SERVICE_CHANNELS,
  SERVICE_OUTCOME_LABELS,
  SERVICE_STYLE_LABELS,
  type ServiceChannel,
  type ServiceOutcome,
  type ServiceRecord,
} from '@jobcircle/domain';
import { App, Button, type TableColumnsType, Tabs, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { FilterBar, SelectFilter } from '../../../components/FilterFields.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { type ListParams, oneOf, wholeNumberOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { optionsOf, SERVICE_ITEM_GROUP_OPTIONS, serviceItemLabel } from '../../../lib/service-item-options.ts';
import { useDownloadLedgerReport } from '../api/export-ledger.ts';
import { useServiceRecords } from '../api/list-service-records.ts';
import { PeriodFilter, RegionFilter, SiteFilter, StaffFilter } from '../components/LedgerFilters.tsx';
import { LedgerSummaryTable } from '../components/LedgerSummaryTable.tsx';

const OUTCOME_COLORS: Record<ServiceOutcome, string> = {
  done: 'success',
  in_progress: 'processing',
  referred: 'default',
  not_done: 'default',
};

function recordsFilter(params: ListParams) {
  return {
    siteId: params.siteId,
    townCode: params.townCode,
    villageCode: params.villageCode,
    itemNo: wholeNumberOf(params.itemNo),
    staffId: params.staffId,
    channel: oneOf(params.channel, SERVICE_CHANNELS),
    from: params.from,
    to: params.to,
  };
}

/** 服务台账: every service given, filtered by site, area, item, staff member, channel and period; the month's totals and the report. */
export default function LedgerPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const list = useServerList(recordsFilter, useServiceRecords);
  const { params } = list;
  const tab = params.tab === 'summary' ? 'summary' : 'records';
  const download = useDownloadLedgerReport();

  const columns: TableColumnsType<ServiceRecord> = [
    {
      title: '时间',
      dataIndex: 'at',
      key: 'at',
      render: (at: string, record) => <Link to={`/ledger/records/${record.id}`}>{formatDateTime(at)}</Link>,
    },
    { title: '服务事项', dataIndex: 'itemNo', key: 'itemNo', render: (no: number) => serviceItemLabel(no) },
    {
      title: '服务对象',
      key: 'who',
      render: (_: unknown, record) => record.residentName ?? record.employerName ?? '匿名来访',
    },
    {
      title: '办理结果',
      dataIndex: 'outcome',
      key: 'outcome',
      render: (outcome: ServiceOutcome) => <Tag color={OUTCOME_COLORS[outcome]}>{SERVICE_OUTCOME_LABELS[outcome]}</Tag>,
    },
    { title: '渠道', dataIndex: 'channel', key: 'channel', render: (c: ServiceChannel) => SERVICE_CHANNEL_LABELS[c], responsive: ['sm'] },
    {
      title: '方式',
      dataIndex: 'style',
      key: 'style',
      render: (s: keyof typeof SERVICE_STYLE_LABELS) => SERVICE_STYLE_LABELS[s],
      responsive: ['lg'],
    },
    { title: '站点', dataIndex: 'siteName', key: 'siteName', responsive: ['md'] },
    { title: '工作人员', dataIndex: 'staffName', key: 'staffName', responsive: ['md'] },
  ];

  const exportReport = () =>
    download.mutate(
      { month: params.month, townCode: params.townCode, villageCode: params.villageCode, siteId: params.siteId },
      {
        onSuccess: (fileName) => void message.success(`已导出 ${fileName}（已记入审计日志）`),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <PageContainer
      title="服务台账"
      description="每一次服务一条记录：窗口登记、预约签到、首问办结等都会记入台账。"
      extra={
        <>
          <PermissionGate permission="ledger:write">
            <Button type="primary" icon={<FormOutlined />} onClick={() => void navigate('/ledger/new')}>
              窗口快速登记
            </Button>
          </PermissionGate>
          <PermissionGate permission="ledger:export">
            <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={exportReport}>
              导出月度统计
            </Button>
          </PermissionGate>
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => list.update({ tab: key === 'summary' ? 'summary' : undefined })}
        items={[
          {
            key: 'records',
            label: '服务记录',
            children: (
              <>
                <FilterBar
                  list={list}
                  label="筛选服务记录"
                  keep={['tab']}
                  moreNames={['itemNo', 'staffId', 'channel', 'from', 'to']}
                  more={
                    <>
                      <SelectFilter
                        list={list}
                        id="ledger-item"
                        label="服务事项"
                        name="itemNo"
                        searchable
                        wideDropdown
                        placeholder="全部事项"
                        options={SERVICE_ITEM_GROUP_OPTIONS}
                      />
                      <StaffFilter list={list} id="ledger-staff" />
                      <SelectFilter
                        list={list}
                        id="ledger-channel"
                        label="服务渠道"
                        name="channel"
                        placeholder="全部渠道"
                        options={optionsOf(SERVICE_CHANNELS, SERVICE_CHANNEL_LABELS)}
                      />
                      <PeriodFilter list={list} id="ledger-period" />
                    </>
                  }
                >
                  <SiteFilter list={list} id="ledger-site" />
                  <RegionFilter list={list} id="ledger-region" />
                </FilterBar>
                <ServerTable<ServiceRecord>
                  {...list.table}
                  columns={columns}
                  totalText={(total) => `共 ${total} 条服务记录`}
                  emptyText="没有符合条件的服务记录"
                />
              </>
            ),
          },
          { key: 'summary', label: '月度统计', children: <LedgerSummaryTable list={list} /> },
        ]}
      />
    </PageContainer>
  );
}

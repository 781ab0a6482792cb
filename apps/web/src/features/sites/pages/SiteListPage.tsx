import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { SITE_KINDS, type Site, type SiteKind, STAFFING_STATUSES } from '@jobcircle/domain';
import { Button, type TableColumnsType, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ActiveFilter, FilterBar, SearchFilter, SelectFilter } from '../../../components/FilterFields.tsx';
import { activeColumn, dateTimeColumn, regionColumn, sortableColumn } from '../../../components/ListColumns.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionFilterFields } from '../../../components/RegionFilterFields.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { activeOf, oneOf, wholeNumberOf } from '../../../lib/list-params.ts';
import { useSites } from '../../../lib/queries/list-sites.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { SiteKindTag, StaffingTag } from '../components/SiteTags.tsx';
import { SERVICE_ITEM_OPTIONS, SITE_KIND_OPTIONS, STAFFING_OPTIONS } from '../components/site-options.ts';

export default function SiteListPage() {
  const navigate = useNavigate();
  const list = useServerList(
    (params) => ({
      q: params.q,
      kind: oneOf(params.kind, SITE_KINDS),
      townCode: params.townCode,
      villageCode: params.villageCode,
      serviceItem: wholeNumberOf(params.serviceItem),
      staffing: oneOf(params.staffing, STAFFING_STATUSES),
      isActive: activeOf(params.active),
    }),
    useSites,
  );
  const { params } = list;

  const columns: TableColumnsType<Site> = [
    sortableColumn(params, 'name', '站点名称', { render: (name: string, site) => <Link to={`/sites/${site.id}`}>{name}</Link> }),
    sortableColumn(params, 'kind', '类型', { render: (kind: SiteKind) => <SiteKindTag kind={kind} /> }),
    regionColumn(params),
    { title: '服务事项', key: 'items', render: (_value, site) => `${site.serviceItems.length} 项`, responsive: ['md'] },
    { title: '人员配备', key: 'staffing', render: (_value, site) => <StaffingTag staffing={site.staffing} /> },
    activeColumn(),
    dateTimeColumn(params, 'updatedAt', '更新时间', 'lg'),
  ];

  return (
    <PageContainer
      title="站点"
      extra={
        <>
          <Button icon={<EnvironmentOutlined />} onClick={() => void navigate('/map')}>
            地图查看
          </Button>
          <PermissionGate permission="site:write">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/sites/new')}>
              新建站点
            </Button>
          </PermissionGate>
        </>
      }
    >
      <FilterBar
        list={list}
        label="筛选站点"
        moreNames={['townCode', 'villageCode', 'serviceItem', 'staffing', 'active']}
        more={
          <>
            <RegionFilterFields idPrefix="site" list={list} />
            <SelectFilter
              list={list}
              id="site-item"
              label="提供的服务事项"
              name="serviceItem"
              width="wide"
              searchable
              wideDropdown
              placeholder="全部事项"
              options={SERVICE_ITEM_OPTIONS}
            />
            <SelectFilter list={list} id="site-staffing" label="人员配备" name="staffing" placeholder="全部" options={STAFFING_OPTIONS} />
            <ActiveFilter list={list} id="site-active" />
          </>
        }
      >
        <SearchFilter list={list} id="site-q" label="名称或地址" />
        <SelectFilter list={list} id="site-kind" label="站点类型" name="kind" placeholder="全部类型" options={SITE_KIND_OPTIONS} />
      </FilterBar>
      <ServerTable<Site> {...list.table} columns={columns} totalText={(total) => `共 ${total} 个站点`} emptyText={'没有符合条件的站点'} />
      <Typography.Paragraph type="secondary">站点名称对外统一冠以“15分钟就业服务圈·崇心乐业”标识。</Typography.Paragraph>
    </PageContainer>
  );
}

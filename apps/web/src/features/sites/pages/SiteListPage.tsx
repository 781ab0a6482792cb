import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { PAGE_SIZE_MAX, type Site, type SiteKind, type StaffingStatus } from '@jobcircle/domain';
import { Button, Col, Form, Input, Row, Select, type TableColumnsType, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ActiveTag } from '../../../components/ActiveTag.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionFilterFields } from '../../../components/RegionFilterFields.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { intParam, sortOrderOf, useListParams } from '../../../lib/list-params.ts';
import { type SitesFilter, useSites } from '../../../lib/queries/list-sites.ts';
import { SiteKindTag, StaffingTag } from '../components/SiteTags.tsx';
import { SERVICE_ITEM_OPTIONS, SITE_KIND_OPTIONS, STAFFING_OPTIONS } from '../components/site-options.ts';

const ACTIVE_OPTIONS = [
  { value: 'true', label: '在用' },
  { value: 'false', label: '已停用' },
  { value: 'all', label: '全部' },
];

export default function SiteListPage() {
  const navigate = useNavigate();
  const [params, update] = useListParams();

  const query: SitesFilter = {
    page: intParam(params.page, 1),
    pageSize: Math.min(intParam(params.pageSize, 20), PAGE_SIZE_MAX),
    q: params.q,
    kind: params.kind as SiteKind | undefined,
    townCode: params.townCode,
    villageCode: params.villageCode,
    serviceItem: params.serviceItem ? Number(params.serviceItem) : undefined,
    staffing: params.staffing as StaffingStatus | undefined,
    isActive: params.active === 'all' ? undefined : params.active !== 'false',
    sort: params.sort as SitesFilter['sort'],
    order: params.order as SitesFilter['order'],
  };
  const sites = useSites(query);

  const columns: TableColumnsType<Site> = [
    {
      title: '站点名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, site) => <Link to={`/sites/${site.id}`}>{name}</Link>,
    },
    {
      title: '类型',
      dataIndex: 'kind',
      key: 'kind',
      sorter: true,
      sortOrder: sortOrderOf(params, 'kind'),
      render: (kind: SiteKind) => <SiteKindTag kind={kind} />,
    },
    {
      title: '所在区域',
      dataIndex: 'townCode',
      key: 'townCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'townCode'),
      render: (_code: string, site) => (site.villageName ? `${site.townName} / ${site.villageName}` : site.townName),
    },
    { title: '服务事项', key: 'items', render: (_value, site) => `${site.serviceItems.length} 项`, responsive: ['md'] },
    { title: '人员配备', key: 'staffing', render: (_value, site) => <StaffingTag staffing={site.staffing} /> },
    {
      title: '状态',
      dataIndex: 'isActive',
      key: 'isActive',
      render: (active: boolean) => <ActiveTag active={active} />,
      responsive: ['sm'],
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrderOf(params, 'updatedAt'),
      render: (at: string) => formatDateTime(at),
      responsive: ['lg'],
    },
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
      <Form layout="vertical" className="filters" role="search" aria-label="筛选站点">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="名称或地址" htmlFor="site-q">
              <Input.Search id="site-q" defaultValue={params.q} allowClear onSearch={(q) => update({ q: q.trim() })} enterButton="搜索" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="站点类型" htmlFor="site-kind">
              <Select
                id="site-kind"
                value={params.kind}
                allowClear
                placeholder="全部类型"
                options={SITE_KIND_OPTIONS}
                onChange={(kind) => update({ kind })}
              />
            </Form.Item>
          </Col>
          <RegionFilterFields idPrefix="site" params={params} update={update} />
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="提供的服务事项" htmlFor="site-item">
              <Select
                id="site-item"
                value={params.serviceItem ? Number(params.serviceItem) : undefined}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="全部事项"
                options={SERVICE_ITEM_OPTIONS}
                onChange={(no: number | undefined) => update({ serviceItem: no === undefined ? undefined : String(no) })}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="人员配备" htmlFor="site-staffing">
              <Select
                id="site-staffing"
                value={params.staffing}
                allowClear
                placeholder="全部"
                options={STAFFING_OPTIONS}
                onChange={(staffing) => update({ staffing })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="状态" htmlFor="site-active">
              <Select
                id="site-active"
                value={params.active ?? 'true'}
                options={ACTIVE_OPTIONS}
                onChange={(active: string) => update({ active: active === 'true' ? undefined : active })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ServerTable<Site>
        result={sites}
        columns={columns}
        params={params}
        update={update}
        page={query.page}
        pageSize={query.pageSize}
        totalText={(total) => `共 ${total} 个站点`}
        emptyText={'没有符合条件的站点'}
      />
      <Typography.Paragraph type="secondary">站点名称对外统一冠以“15分钟就业服务圈·崇心乐业”标识。</Typography.Paragraph>
    </PageContainer>
  );
}

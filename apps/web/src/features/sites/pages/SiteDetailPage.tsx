import { PrinterOutlined, QrcodeOutlined } from '@ant-design/icons';
import {
  OUTPOST_SETTING_LABELS,
  ROLE_LABELS,
  SERVICE_ITEM_KIND_LABELS,
  SERVICE_ITEMS,
  SITE_ZONE_LABELS,
  type Site,
  STAFF_POSITION_LABELS,
  type Staff,
} from '@jobcircle/domain';
import { App, Button, Descriptions, Form, Popconfirm, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ActiveTag } from '../../../components/ActiveTag.tsx';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { SiteMap } from '../../../components/map/SiteMap.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { can, useMe } from '../../../lib/auth.ts';
import { formatCoordinate, formatDateTime, formatOpeningHours } from '../../../lib/format.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useSite } from '../../../lib/queries/get-site.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { useVersionedEdit } from '../../../lib/versioned-edit.ts';
import { useDeactivateSite } from '../api/deactivate-site.ts';
import { useReactivateSite } from '../api/reactivate-site.ts';
import { useUpdateSite } from '../api/update-site.ts';
import { SiteForm } from '../components/SiteForm.tsx';
import { SiteKindTag, StaffingTag } from '../components/SiteTags.tsx';
import { SITE_FIELD_LABELS, type SiteFormValues, siteFormToBody, siteToFormValues } from '../components/site-form-values.ts';

function Overview({ site }: { site: Site }) {
  const { data: config } = usePublicConfig();
  const hours = formatOpeningHours(site.openingHours);
  return (
    <>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" className="site-descriptions">
        <Descriptions.Item label="对外名称" span={2}>
          {site.publicName}
        </Descriptions.Item>
        <Descriptions.Item label="类型">
          <SiteKindTag kind={site.kind} />
          {site.outpostSetting ? OUTPOST_SETTING_LABELS[site.outpostSetting] : null}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <ActiveTag active={site.isActive} />
          {site.isDemo ? <Tag>演示数据</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label="所在区域">
          {site.villageName ? `${site.townName} / ${site.villageName}` : site.townName}
        </Descriptions.Item>
        <Descriptions.Item label="管理单位">{site.managingUnit}</Descriptions.Item>
        <Descriptions.Item label="地址">{site.address}</Descriptions.Item>
        <Descriptions.Item label="坐标（WGS-84）">{formatCoordinate(site.lng, site.lat)}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{site.contactPhone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="人员配备">
          <StaffingTag staffing={site.staffing} /> 专职 {site.staffing.fullTimeCommunityWorkers}、服务人员 {site.staffing.serviceWorkers}
          、志愿者 {site.staffing.volunteers}
        </Descriptions.Item>
        <Descriptions.Item label="开放时间" span={2}>
          {hours.length > 0 ? hours.join('；') : '未填写'}
          {site.openingHours.note ? `（${site.openingHours.note}）` : null}
        </Descriptions.Item>
        <Descriptions.Item label="功能分区" span={2}>
          {site.zones.length > 0 ? site.zones.map((zone) => SITE_ZONE_LABELS[zone]).join('、') : '未设置'}
        </Descriptions.Item>
        <Descriptions.Item label="更新时间" span={2}>
          {formatDateTime(site.updatedAt)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2} className="section-title">
        提供的服务事项（{site.serviceItems.length} 项）
      </Typography.Title>
      <ol className="offered-items">
        {SERVICE_ITEMS.filter((item) => site.serviceItems.includes(item.no)).map((item) => (
          <li key={item.no} value={item.no}>
            {item.text} {item.kind === 'basic' ? <Tag color="processing">{SERVICE_ITEM_KIND_LABELS.basic}</Tag> : null}
          </li>
        ))}
      </ol>
      {site.lng != null && site.lat != null ? (
        <SiteMap label={`${site.name}的位置`} height={280} tileSource={config?.tileSource ?? null} sites={[site]} />
      ) : null}
    </>
  );
}

function SiteStaff({ site }: { site: Site }) {
  const navigate = useNavigate();
  const staff = useStaffList({ siteId: site.id, page: 1, pageSize: 100, isActive: true });
  return (
    <Table<Staff>
      rowKey="id"
      size="small"
      loading={staff.isFetching}
      dataSource={staff.data?.items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '此站点暂无在岗人员' }}
      columns={[
        { title: '姓名', dataIndex: 'displayName', render: (name: string, row) => <Link to={`/staff/${row.id}`}>{name}</Link> },
        { title: '角色', dataIndex: 'role', render: (role: Staff['role']) => ROLE_LABELS[role] },
        { title: '岗位', dataIndex: 'position', render: (position: Staff['position']) => STAFF_POSITION_LABELS[position] },
        { title: '全职/兼职', dataIndex: 'isFullTime', render: (full: boolean) => (full ? '全职' : '兼职') },
      ]}
      footer={() => (
        <PermissionGate permission="staff:write">
          <Button onClick={() => void navigate(`/staff/new?siteId=${site.id}`)}>为此站点新建人员账号</Button>
        </PermissionGate>
      )}
    />
  );
}

/** Keyed by version: a save or a reload after a conflict starts the form afresh from the record. */
function EditSite({ site, onReload }: { site: Site; onReload: () => void }) {
  const [form] = Form.useForm<SiteFormValues>();
  const edit = useVersionedEdit({
    form,
    initialValues: siteToFormValues(site),
    version: site.version,
    toBody: siteFormToBody,
    mutation: useUpdateSite(site.id),
    labels: SITE_FIELD_LABELS,
    ignore: ['kind'],
    onReload,
  });
  return (
    <SiteForm
      form={form}
      mode="edit"
      initialValues={siteToFormValues(site)}
      onSubmit={edit.onSubmit}
      submitting={edit.submitting}
      banner={<FormBanner {...edit.banner} />}
    />
  );
}

export default function SiteDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const site = useSite(id);
  const deactivate = useDeactivateSite();
  const reactivate = useReactivateSite();
  const [tab, setTab] = useState('overview');

  if (site.isPending) return <PageLoading />;
  if (site.isError) {
    if (isApiError(site.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={site.error} onRetry={() => void site.refetch()} />;
  }
  const data = site.data;
  const toggle = data.isActive ? deactivate : reactivate;

  return (
    <PageContainer
      title={data.name}
      breadcrumb={[listCrumb('站点', '/sites')]}
      extra={
        <>
          <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/sites/${data.id}/poster`)}>
            打印站点海报
          </Button>
          {data.isActive ? (
            <Button icon={<QrcodeOutlined />} href={`/s/${data.id}`} target="_blank" rel="noopener">
              公开页面
            </Button>
          ) : null}
          <PermissionGate permission="site:write">
            <Popconfirm
              title={data.isActive ? '停用后此站点不再对外展示，确定停用？' : '确定重新启用此站点？'}
              okText={data.isActive ? '停用' : '启用'}
              cancelText="取消"
              onConfirm={() =>
                toggle.mutate(
                  { id: data.id, version: data.version },
                  {
                    onSuccess: () => void message.success(data.isActive ? '已停用' : '已启用'),
                    onError: (error) => void message.error(errorMessage(error)),
                  },
                )
              }
            >
              <Button danger={data.isActive} loading={toggle.isPending}>
                {data.isActive ? '停用站点' : '启用站点'}
              </Button>
            </Popconfirm>
          </PermissionGate>
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'overview', label: '概况', children: <Overview site={data} /> },
          ...(can(me, 'staff:read') ? [{ key: 'staff', label: '人员', children: <SiteStaff site={data} /> }] : []),
          ...(can(me, 'site:write')
            ? [{ key: 'edit', label: '编辑', children: <EditSite key={data.version} site={data} onReload={() => void site.refetch()} /> }]
            : []),
        ]}
      />
    </PageContainer>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { PAGE_SIZE_MAX, ROLE_LABELS, ROLES, type Role, type Staff } from '@jobcircle/domain';
import { Button, Col, Form, Input, Row, Select, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { intParam, sortOrderOf, useListParams } from '../../../lib/list-params.ts';
import { type StaffFilter, useStaffList } from '../../../lib/queries/list-staff.ts';
import { useRegionTree } from '../../../lib/queries/region-tree.ts';
import { regionsAt } from '../../../lib/regions.ts';
import { AccountTags } from '../components/AccountTags.tsx';

export default function StaffListPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, update] = useListParams();
  const { data: tree } = useRegionTree();
  const towns = regionsAt(tree, 'town');
  const query: StaffFilter = {
    page: intParam(params.page, 1),
    pageSize: Math.min(intParam(params.pageSize, 20), PAGE_SIZE_MAX),
    q: params.q,
    role: params.role as Role | undefined,
    townCode: params.townCode,
    isActive: params.active === 'all' ? undefined : params.active !== 'false',
    sort: params.sort as StaffFilter['sort'],
    order: params.order as StaffFilter['order'],
  };
  const staff = useStaffList(query);

  const columns: TableColumnsType<Staff> = [
    {
      title: '姓名',
      dataIndex: 'displayName',
      key: 'displayName',
      sorter: true,
      sortOrder: sortOrderOf(params, 'displayName'),
      render: (name: string, row) => <Link to={`/staff/${row.id}`}>{name}</Link>,
    },
    { title: '用户名', dataIndex: 'username', key: 'username', sorter: true, sortOrder: sortOrderOf(params, 'username') },
    {
      title: '角色',
      dataIndex: 'role',
      key: 'role',
      sorter: true,
      sortOrder: sortOrderOf(params, 'role'),
      render: (role: Role) => ROLE_LABELS[role],
    },
    { title: '负责区域', dataIndex: 'regionName', key: 'regionName', responsive: ['md'] },
    { title: '所在站点', dataIndex: 'siteName', key: 'siteName', render: (name: string | null) => name ?? '—', responsive: ['lg'] },
    { title: '账号状态', key: 'status', render: (_value, row) => <AccountTags staff={row} /> },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(params, 'createdAt'),
      render: (at: string) => formatDateTime(at),
      responsive: ['xl'],
    },
  ];

  return (
    <PageContainer
      title="人员账号"
      extra={
        <PermissionGate permission="staff:write">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/staff/new')}>
            新建人员账号
          </Button>
        </PermissionGate>
      }
    >
      <Form layout="vertical" className="filters" role="search" aria-label="筛选人员">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="姓名或用户名" htmlFor="staff-q">
              <Input.Search id="staff-q" defaultValue={params.q} allowClear enterButton="搜索" onSearch={(q) => update({ q: q.trim() })} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="角色" htmlFor="staff-role">
              <Select
                id="staff-role"
                value={params.role}
                allowClear
                placeholder="全部角色"
                options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
                onChange={(role) => update({ role })}
              />
            </Form.Item>
          </Col>
          {me.regionLevel === 'district' ? (
            <Col xs={12} sm={12} lg={6}>
              <Form.Item label="乡镇" htmlFor="staff-town">
                <Select
                  id="staff-town"
                  value={params.townCode}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="全部乡镇"
                  options={towns.map((town) => ({ value: town.code, label: town.name }))}
                  onChange={(townCode) => update({ townCode })}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="状态" htmlFor="staff-active">
              <Select
                id="staff-active"
                value={params.active ?? 'true'}
                options={[
                  { value: 'true', label: '在用' },
                  { value: 'false', label: '已停用' },
                  { value: 'all', label: '全部' },
                ]}
                onChange={(active: string) => update({ active: active === 'true' ? undefined : active })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ServerTable<Staff>
        result={staff}
        columns={columns}
        params={params}
        update={update}
        page={query.page}
        pageSize={query.pageSize}
        totalText={(total) => `共 ${total} 人`}
        emptyText={'没有符合条件的人员'}
      />
    </PageContainer>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, ROLES, type Role, type Staff } from '@jobcircle/domain';
import { Button, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ActiveFilter, FilterBar, SearchFilter, SelectFilter } from '../../../components/FilterFields.tsx';
import { dateTimeColumn, sortableColumn } from '../../../components/ListColumns.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionFilterFields } from '../../../components/RegionFilterFields.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { activeOf, oneOf } from '../../../lib/list-params.ts';
import { useStaffList } from '../../../lib/queries/list-staff.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { AccountTags } from '../components/AccountTags.tsx';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export default function StaffListPage() {
  const navigate = useNavigate();
  const list = useServerList(
    (params) => ({ q: params.q, role: oneOf(params.role, ROLES), townCode: params.townCode, isActive: activeOf(params.active) }),
    useStaffList,
  );
  const { params } = list;

  const columns: TableColumnsType<Staff> = [
    sortableColumn(params, 'displayName', '姓名', { render: (name: string, row) => <Link to={`/staff/${row.id}`}>{name}</Link> }),
    sortableColumn(params, 'username', '用户名'),
    sortableColumn(params, 'role', '角色', { render: (role: Role) => ROLE_LABELS[role] }),
    { title: '负责区域', dataIndex: 'regionName', key: 'regionName', responsive: ['md'] },
    { title: '所在站点', dataIndex: 'siteName', key: 'siteName', render: (name: string | null) => name ?? '—', responsive: ['lg'] },
    { title: '账号状态', key: 'status', render: (_value, row) => <AccountTags staff={row} /> },
    dateTimeColumn(params, 'createdAt', '创建时间', 'xl'),
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
      <FilterBar
        list={list}
        label="筛选人员"
        moreNames={['townCode', 'active']}
        more={
          <>
            <RegionFilterFields idPrefix="staff" list={list} villages={false} />
            <ActiveFilter list={list} id="staff-active" />
          </>
        }
      >
        <SearchFilter list={list} id="staff-q" label="姓名或用户名" />
        <SelectFilter list={list} id="staff-role" label="角色" name="role" placeholder="全部角色" options={ROLE_OPTIONS} />
      </FilterBar>
      <ServerTable<Staff> {...list.table} columns={columns} totalText={(total) => `共 ${total} 人`} emptyText={'没有符合条件的人员'} />
    </PageContainer>
  );
}

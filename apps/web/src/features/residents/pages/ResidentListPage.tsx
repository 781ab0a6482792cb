import { DownloadOutlined, MergeCellsOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  EMPLOYMENT_STATUSES,
  type EmploymentStatus,
  KEY_GROUPS,
  type KeyGroup,
  ListResidentsQuerySchema,
  type ResidentSummary,
  SEX_LABELS,
} from '@jobcircle/domain';
import { Button, Form, Input, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FilterBar, FilterColumn, SearchFilter, SelectFilter } from '../../../components/FilterFields.tsx';
import { dateTimeColumn, sortableColumn } from '../../../components/ListColumns.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionFilterFields } from '../../../components/RegionFilterFields.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { oneOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { useResidents } from '../api/list-residents.ts';
import { ExportModal } from '../components/ExportModal.tsx';
import { KeyGroupTags, StatusTag } from '../components/ResidentTags.tsx';
import { EMPLOYMENT_STATUS_OPTIONS, KEY_GROUP_OPTIONS, OCCUPATION_OPTIONS } from '../components/resident-options.ts';

const last4Schema = ListResidentsQuerySchema.shape.last4;

export default function ResidentListPage() {
  const navigate = useNavigate();
  const [last4Error, setLast4Error] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const list = useServerList(
    (params) => ({
      q: params.q,
      last4: params.last4,
      townCode: params.townCode,
      villageCode: params.villageCode,
      keyGroup: oneOf(params.keyGroup, KEY_GROUPS),
      status: oneOf(params.status, EMPLOYMENT_STATUSES),
      intention: params.intention,
    }),
    useResidents,
  );
  const { params, update, filter } = list;

  const columns: TableColumnsType<ResidentSummary> = [
    sortableColumn(params, 'name', '姓名', { render: (name: string, row) => <Link to={`/residents/${row.id}`}>{name}</Link> }),
    { title: '身份证号', dataIndex: 'idNumberMasked', key: 'idNumberMasked', render: (id: string) => <code>{id}</code> },
    sortableColumn(params, 'birthDate', '性别/年龄', {
      render: (_date: string, row) => `${SEX_LABELS[row.sex]}，${row.age} 岁`,
      responsive: ['sm'],
    }),
    {
      title: '手机号',
      dataIndex: 'mobileMasked',
      key: 'mobileMasked',
      render: (mobile: string | null) => mobile ?? '—',
      responsive: ['md'],
    },
    sortableColumn(params, 'villageCode', '村居', { render: (_code: string, row) => `${row.townName} / ${row.villageName}` }),
    {
      title: '就业状态',
      dataIndex: 'employmentStatus',
      key: 'employmentStatus',
      render: (status: EmploymentStatus) => <StatusTag status={status} />,
    },
    {
      title: '重点群体',
      dataIndex: 'keyGroups',
      key: 'keyGroups',
      render: (groups: KeyGroup[]) => <KeyGroupTags groups={groups} />,
      responsive: ['lg'],
    },
    dateTimeColumn(params, 'updatedAt', '更新时间', 'xl'),
  ];

  const onLast4 = (value: string) => {
    const text = value.trim();
    if (text === '') {
      setLast4Error(null);
      update({ last4: undefined });
      return;
    }
    const result = last4Schema.safeParse(text);
    if (!result.success) {
      setLast4Error(result.error.issues[0]?.message ?? '请输入 4 位数字');
      return;
    }
    setLast4Error(null);
    update({ last4: text.toUpperCase() });
  };

  return (
    <PageContainer
      title="劳动力资源"
      extra={
        <>
          <PermissionGate permission="resident:write">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/residents/new')}>
              登记
            </Button>
          </PermissionGate>
          <PermissionGate permission="resident:import">
            <Button icon={<UploadOutlined />} onClick={() => void navigate('/residents/import')}>
              导入
            </Button>
          </PermissionGate>
          <PermissionGate permission="resident:export">
            <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
              导出台账
            </Button>
          </PermissionGate>
          <PermissionGate permission="resident:merge">
            <Button icon={<MergeCellsOutlined />} onClick={() => void navigate('/residents/duplicates')}>
              疑似重复
            </Button>
          </PermissionGate>
        </>
      }
    >
      <FilterBar
        list={list}
        label="查询劳动力资源"
        onReset={() => setLast4Error(null)}
        moreNames={['townCode', 'villageCode', 'keyGroup', 'status', 'intention']}
        more={
          <>
            <RegionFilterFields idPrefix="resident" list={list} />
            <SelectFilter
              list={list}
              id="resident-group"
              label="重点群体"
              name="keyGroup"
              placeholder="全部"
              wideDropdown
              options={KEY_GROUP_OPTIONS}
            />
            <SelectFilter
              list={list}
              id="resident-status"
              label="就业状态"
              name="status"
              placeholder="全部"
              wideDropdown
              options={EMPLOYMENT_STATUS_OPTIONS}
            />
            <SelectFilter
              list={list}
              id="resident-intention"
              label="求职意向职业"
              name="intention"
              width="wide"
              searchable
              wideDropdown
              placeholder="输入职业名称或代码"
              options={OCCUPATION_OPTIONS}
            />
          </>
        }
      >
        <SearchFilter list={list} id="resident-q" label="姓名或拼音首字母" maxLength={30} placeholder="如：张三 或 zs" />
        <FilterColumn width="wide">
          <Form.Item
            label="证件/手机末4位"
            htmlFor="resident-last4"
            validateStatus={last4Error ? 'error' : undefined}
            help={last4Error ?? undefined}
          >
            <Input.Search
              id="resident-last4"
              defaultValue={params.last4}
              allowClear
              maxLength={4}
              inputMode="numeric"
              placeholder="如：1234"
              enterButton="搜索"
              onSearch={onLast4}
            />
          </Form.Item>
        </FilterColumn>
      </FilterBar>
      <ServerTable<ResidentSummary>
        {...list.table}
        columns={columns}
        totalText={(total) => `共 ${total} 人`}
        emptyText={'没有符合条件的人员'}
      />
      <Typography.Paragraph type="secondary">
        身份证号和手机号默认脱敏显示；在人员档案中说明原因后可查看完整号码，查看与导出均记入审计日志。
      </Typography.Paragraph>
      {exporting ? <ExportModal filter={filter} total={list.result.data?.total} onClose={() => setExporting(false)} /> : null}
    </PageContainer>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import {
  EMPLOYER_KINDS,
  type Employer,
  type EmployerKind,
  INDUSTRY_SECTION_CODES,
  INDUSTRY_SECTION_LABELS,
  type IndustrySectionCode,
  regionLevelOf,
} from '@jobcircle/domain';
import { Button, Form, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ActiveFilter, FilterBar, FilterColumn, SearchFilter, SelectFilter } from '../../../components/FilterFields.tsx';
import { activeColumn, dateTimeColumn, regionColumn, sortableColumn } from '../../../components/ListColumns.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { activeOf, booleanOf, oneOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { useEmployers } from '../api/list-employers.ts';
import { EmployerKindTag, KeyEmployerTag } from '../components/EmployerTags.tsx';
import { EMPLOYER_KIND_OPTIONS, INDUSTRY_SECTION_OPTIONS } from '../components/employer-options.ts';

const REGION_LEVELS = ['town', 'village'] as const;

const KEY_OPTIONS = [
  { value: 'true', label: '重点企业' },
  { value: 'false', label: '非重点企业' },
];

export default function EmployerListPage() {
  const navigate = useNavigate();
  const list = useServerList(
    (params) => ({
      q: params.q,
      kind: oneOf(params.kind, EMPLOYER_KINDS),
      townCode: params.townCode,
      villageCode: params.villageCode,
      isKeyEmployer: booleanOf(params.key),
      industrySection: oneOf(params.industrySection, INDUSTRY_SECTION_CODES),
      isActive: activeOf(params.active),
    }),
    useEmployers,
  );
  const { params } = list;

  const columns: TableColumnsType<Employer> = [
    sortableColumn(params, 'name', '单位名称', {
      render: (name: string, employer) => (
        <>
          <Link to={`/employers/${employer.id}`}>{name}</Link> {employer.isKeyEmployer ? <KeyEmployerTag /> : null}
        </>
      ),
    }),
    sortableColumn(params, 'kind', '类型', { render: (kind: EmployerKind) => <EmployerKindTag kind={kind} /> }),
    regionColumn(params),
    {
      title: '行业门类',
      dataIndex: 'industrySection',
      key: 'industrySection',
      render: (section: IndustrySectionCode) => INDUSTRY_SECTION_LABELS[section],
      responsive: ['md'],
    },
    {
      title: '联系人',
      key: 'contacts',
      render: (_value, employer) => (employer.contacts.length > 0 ? `${employer.contacts.length} 人` : '—'),
      responsive: ['lg'],
    },
    activeColumn(),
    dateTimeColumn(params, 'updatedAt', '更新时间', 'lg'),
  ];

  return (
    <PageContainer
      title="用人单位"
      description="辖区内走访联系的企业、个体工商户、民宿、家政服务机构、农民专业合作社和平台企业等。"
      extra={
        <PermissionGate permission="employer:write">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/employers/new')}>
            新增用人单位
          </Button>
        </PermissionGate>
      }
    >
      <FilterBar
        list={list}
        label="筛选用人单位"
        moreNames={['townCode', 'villageCode', 'industrySection', 'key', 'active']}
        more={
          <>
            <FilterColumn>
              <Form.Item label="乡镇或村居" htmlFor="employer-region">
                <RegionPicker
                  id="employer-region"
                  levels={REGION_LEVELS}
                  allowClear
                  placeholder="全部区域"
                  value={params.villageCode ?? params.townCode}
                  onChange={(code) => {
                    const level = code ? regionLevelOf(code) : undefined;
                    list.update({ townCode: level === 'town' ? code : undefined, villageCode: level === 'village' ? code : undefined });
                  }}
                />
              </Form.Item>
            </FilterColumn>
            <SelectFilter
              list={list}
              id="employer-industry"
              label="行业门类"
              name="industrySection"
              width="wide"
              searchable
              wideDropdown
              placeholder="全部行业"
              options={INDUSTRY_SECTION_OPTIONS}
            />
            <SelectFilter list={list} id="employer-key" label="重点企业" name="key" placeholder="全部" options={KEY_OPTIONS} />
            <ActiveFilter list={list} id="employer-active" />
          </>
        }
      >
        <SearchFilter list={list} id="employer-q" label="单位名称" />
        <SelectFilter list={list} id="employer-kind" label="单位类型" name="kind" placeholder="全部类型" options={EMPLOYER_KIND_OPTIONS} />
      </FilterBar>
      <ServerTable<Employer>
        {...list.table}
        columns={columns}
        totalText={(total) => `共 ${total} 家单位`}
        emptyText={'没有符合条件的用人单位'}
      />
    </PageContainer>
  );
}

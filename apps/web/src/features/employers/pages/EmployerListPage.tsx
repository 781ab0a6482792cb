import { PlusOutlined } from '@ant-design/icons';
import {
  type Employer,
  type EmployerKind,
  INDUSTRY_SECTION_LABELS,
  type IndustrySectionCode,
  PAGE_SIZE_MAX,
  regionLevelOf,
} from '@jobcircle/domain';
import { Button, Col, Form, Input, Row, Select, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ActiveTag } from '../../../components/ActiveTag.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { intParam, sortOrderOf, useListParams } from '../../../lib/list-params.ts';
import { type EmployersFilter, useEmployers } from '../api/list-employers.ts';
import { EmployerKindTag, KeyEmployerTag } from '../components/EmployerTags.tsx';
import { EMPLOYER_KIND_OPTIONS, INDUSTRY_SECTION_OPTIONS } from '../components/employer-options.ts';

const REGION_LEVELS = ['town', 'village'] as const;

const KEY_OPTIONS = [
  { value: 'true', label: '重点企业' },
  { value: 'false', label: '非重点企业' },
];

const ACTIVE_OPTIONS = [
  { value: 'true', label: '在用' },
  { value: 'false', label: '已停用' },
  { value: 'all', label: '全部' },
];

export default function EmployerListPage() {
  const navigate = useNavigate();
  const [params, update] = useListParams();

  const query: EmployersFilter = {
    page: intParam(params.page, 1),
    pageSize: Math.min(intParam(params.pageSize, 20), PAGE_SIZE_MAX),
    q: params.q,
    kind: params.kind as EmployerKind | undefined,
    townCode: params.townCode,
    villageCode: params.villageCode,
    isKeyEmployer: params.key === undefined ? undefined : params.key === 'true',
    industrySection: params.industrySection as IndustrySectionCode | undefined,
    isActive: params.active === 'all' ? undefined : params.active !== 'false',
    sort: params.sort as EmployersFilter['sort'],
    order: params.order as EmployersFilter['order'],
  };
  const employers = useEmployers(query);

  const columns: TableColumnsType<Employer> = [
    {
      title: '单位名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(params, 'name'),
      render: (name: string, employer) => (
        <>
          <Link to={`/employers/${employer.id}`}>{name}</Link> {employer.isKeyEmployer ? <KeyEmployerTag /> : null}
        </>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      key: 'kind',
      sorter: true,
      sortOrder: sortOrderOf(params, 'kind'),
      render: (kind: EmployerKind) => <EmployerKindTag kind={kind} />,
    },
    {
      title: '所在区域',
      dataIndex: 'townCode',
      key: 'townCode',
      sorter: true,
      sortOrder: sortOrderOf(params, 'townCode'),
      render: (_code: string, employer) => (employer.villageName ? `${employer.townName} / ${employer.villageName}` : employer.townName),
    },
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
      <Form layout="vertical" className="filters" role="search" aria-label="筛选用人单位">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="单位名称" htmlFor="employer-q">
              <Input.Search
                id="employer-q"
                defaultValue={params.q}
                allowClear
                onSearch={(q) => update({ q: q.trim() })}
                enterButton="搜索"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="单位类型" htmlFor="employer-kind">
              <Select
                id="employer-kind"
                value={params.kind}
                allowClear
                placeholder="全部类型"
                options={EMPLOYER_KIND_OPTIONS}
                onChange={(kind) => update({ kind })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="乡镇或村居" htmlFor="employer-region">
              <RegionPicker
                id="employer-region"
                levels={REGION_LEVELS}
                allowClear
                placeholder="全部区域"
                value={params.villageCode ?? params.townCode}
                onChange={(code) => {
                  const level = code ? regionLevelOf(code) : undefined;
                  update({ townCode: level === 'town' ? code : undefined, villageCode: level === 'village' ? code : undefined });
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="行业门类" htmlFor="employer-industry">
              <Select
                id="employer-industry"
                value={params.industrySection}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="全部行业"
                options={INDUSTRY_SECTION_OPTIONS}
                onChange={(industrySection) => update({ industrySection })}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="重点企业" htmlFor="employer-key">
              <Select
                id="employer-key"
                value={params.key}
                allowClear
                placeholder="全部"
                options={KEY_OPTIONS}
                onChange={(key: string | undefined) => update({ key })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Form.Item label="状态" htmlFor="employer-active">
              <Select
                id="employer-active"
                value={params.active ?? 'true'}
                options={ACTIVE_OPTIONS}
                onChange={(active: string) => update({ active: active === 'true' ? undefined : active })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ServerTable<Employer>
        result={employers}
        columns={columns}
        params={params}
        update={update}
        page={query.page}
        pageSize={query.pageSize}
        totalText={(total) => `共 ${total} 家单位`}
        emptyText={'没有符合条件的用人单位'}
      />
    </PageContainer>
  );
}

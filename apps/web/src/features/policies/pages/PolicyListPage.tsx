import { PlusOutlined } from '@ant-design/icons';
import { type Policy, shanghaiToday } from '@jobcircle/domain';
import { Button, Checkbox, Flex, Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { usePolicies } from '../api/policies.ts';
import { formatValidity, VALIDITY_LABELS, validityOn } from '../components/policy-validity.ts';

const VALIDITY_COLORS = { active: 'success', not_yet: 'processing', expired: undefined } as const;

/** 政策: the policy cards staff consult (政策咨询, item 3), searchable by name, document number and text. */
export default function PolicyListPage() {
  const navigate = useNavigate();
  const today = shanghaiToday();
  const [q, setQ] = useState('');
  const [activeOnly, setActiveOnly] = useState(true);
  const policies = usePolicies({ ...(q ? { q } : {}), ...(activeOnly ? { activeOn: today } : {}) });

  const columns: TableColumnsType<Policy> = [
    {
      title: '政策',
      key: 'name',
      render: (_: unknown, row) => (
        <>
          <Link to={`/policies/${row.id}`}>{row.name}</Link>
          <div>
            <Typography.Text type="secondary">{row.documentNumber}</Typography.Text>
          </div>
        </>
      ),
    },
    { title: '发文机关', dataIndex: 'issuingBody', key: 'issuingBody', responsive: ['md'] },
    { title: '有效期', key: 'validity', responsive: ['sm'], render: (_: unknown, row) => formatValidity(row) },
    {
      title: '状态',
      key: 'state',
      render: (_: unknown, row) => {
        const validity = validityOn(row, today);
        return <Tag color={VALIDITY_COLORS[validity]}>{VALIDITY_LABELS[validity]}</Tag>;
      },
    },
    { title: '规则版本', key: 'version', responsive: ['md'], render: (_: unknown, row) => `第 ${row.currentVersionNo} 版` },
  ];

  return (
    <PageContainer
      title="政策"
      description="每项政策附文号、发文机关、来源和有效期；资格条件按劳动力资源库的事实逐条判断，缺少的事实为“待确认”。"
      extra={
        <PermissionGate permission="policy:write">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/policies/new')}>
            新增政策
          </Button>
        </PermissionGate>
      }
    >
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="搜索政策（名称、文号或内容）"
          placeholder="搜索名称、文号或内容"
          allowClear
          enterButton="搜索"
          onSearch={(value) => setQ(value.trim())}
          style={{ maxWidth: 360 }}
        />
        <Checkbox checked={activeOnly} onChange={(event) => setActiveOnly(event.target.checked)}>
          只看今天有效的
        </Checkbox>
      </Flex>
      {policies.isError ? (
        <LoadError error={policies.error} onRetry={() => void policies.refetch()} />
      ) : (
        <Table<Policy>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={policies.data}
          loading={policies.isFetching}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </PageContainer>
  );
}

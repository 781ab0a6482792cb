import { EditOutlined } from '@ant-design/icons';
import { type Condition, describeCondition, KEY_GROUP_LABELS, type PolicyDetail, shanghaiToday } from '@jobcircle/domain';
import { Button, Card, Descriptions, List, Table, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePolicy } from '../api/policies.ts';
import { formatValidity, VALIDITY_LABELS, validityOn } from '../components/policy-validity.ts';
import '../components/policies.css';

function isUrl(source: string): boolean {
  return /^https?:\/\/\S+$/.test(source);
}

/** The conditions in words, groups nested as lists. */
function Conditions({ condition }: { condition: Condition }) {
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    return (
      <div>
        <Typography.Text type="secondary">{'all' in condition ? '同时满足：' : '满足其一：'}</Typography.Text>
        <ol className="policy-conditions">
          {children.map((child, index) => (
            // The conditions of a version never change: the position is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: a version's conditions are fixed
            <li key={index}>
              <Conditions condition={child} />
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return <span>{describeCondition(condition)}</span>;
}

function PolicyCard({ policy }: { policy: PolicyDetail }) {
  const validity = validityOn(policy, shanghaiToday());
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'doc', label: '文号', children: policy.documentNumber },
          { key: 'body', label: '发文机关', children: policy.issuingBody },
          {
            key: 'source',
            label: '来源',
            children: isUrl(policy.source) ? (
              <a href={policy.source} target="_blank" rel="noreferrer noopener" style={{ wordBreak: 'break-all' }}>
                {policy.source}
              </a>
            ) : (
              <span style={{ wordBreak: 'break-all' }}>{policy.source}</span>
            ),
          },
          {
            key: 'validity',
            label: '有效期',
            children: (
              <>
                {formatValidity(policy)} <Tag>{VALIDITY_LABELS[validity]}</Tag>
              </>
            ),
          },
          { key: 'version', label: '规则版本', children: `第 ${policy.currentVersionNo} 版` },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>{policy.summary}</Typography.Paragraph>
      <Card title="资格条件" size="small">
        <Conditions condition={policy.rulePack.conditions} />
      </Card>
      <Card title="标准与期限" size="small" style={{ marginTop: 12 }}>
        {policy.rulePack.amounts.length === 0 ? <Typography.Paragraph>原文未载明金额。</Typography.Paragraph> : null}
        <List
          size="small"
          dataSource={policy.rulePack.amounts}
          renderItem={(amount) => (
            <List.Item>
              {amount.label}：{amount.text}
            </List.Item>
          )}
        />
        {policy.rulePack.period ? <Typography.Paragraph>期限：{policy.rulePack.period}</Typography.Paragraph> : null}
      </Card>
      <Card title="所需材料" size="small" style={{ marginTop: 12 }}>
        <List
          size="small"
          dataSource={policy.rulePack.evidence}
          renderItem={(item) => (
            <List.Item>
              {item.label}
              {item.keyGroup ? (
                <Typography.Text type="secondary">（有效的{KEY_GROUP_LABELS[item.keyGroup]}记录可替代）</Typography.Text>
              ) : null}
            </List.Item>
          )}
        />
      </Card>
      <Card title="规则包版本" size="small" style={{ marginTop: 12 }}>
        <Table
          rowKey="versionNo"
          size="small"
          pagination={false}
          dataSource={policy.versions}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '版本', key: 'no', render: (_: unknown, row) => `第 ${row.versionNo} 版` },
            { title: '说明', dataIndex: 'note', key: 'note' },
            { title: '发布人', key: 'by', render: (_: unknown, row) => row.createdByName ?? '系统' },
            { title: '时间', key: 'at', render: (_: unknown, row) => formatDateTime(row.createdAt) },
          ]}
        />
      </Card>
    </>
  );
}

/** A policy card (政策咨询): document, validity, conditions in words, amounts, evidence and versions. */
export default function PolicyPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const policy = usePolicy(id);
  if (policy.isPending) return <PageLoading />;
  if (policy.isError) return <LoadError error={policy.error} onRetry={() => void policy.refetch()} />;
  return (
    <PageContainer
      title={policy.data.name}
      extra={
        <PermissionGate permission="policy:write">
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/policies/${id}/rules`)}>
            修改规则包
          </Button>
        </PermissionGate>
      }
    >
      <PolicyCard policy={policy.data} />
    </PageContainer>
  );
}

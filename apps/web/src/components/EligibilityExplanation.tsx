import {
  CONDITION_RESULT_LABELS,
  type ConditionResult,
  ELIGIBILITY_RESULT_LABELS,
  type EligibilityResult,
  type PolicyEligibility,
} from '@jobcircle/domain';
import { Flex, List, Table, type TableColumnsType, Tag, Typography } from 'antd';

// The theme's status colours: antd's preset green, red and gold fall below 4.5:1 on their tag backgrounds.
const CONDITION_COLORS: Record<ConditionResult, string> = { passed: 'success', failed: 'error', unknown: 'warning' };
const RESULT_COLORS: Record<EligibilityResult, string> = { eligible: 'success', not_eligible: 'error', unknown: 'warning' };

/** The overall result of a policy for a resident (符合条件 / 不符合条件 / 待确认). */
export function EligibilityTag({ result }: { result: EligibilityResult }) {
  return <Tag color={RESULT_COLORS[result]}>{ELIGIBILITY_RESULT_LABELS[result]}</Tag>;
}

type Outcome = PolicyEligibility['conditions'][number];

/**
 * A policy's eligibility explained: every condition passed / failed / unknown (待确认) with the fact
 * used and where it came from, the evidence still missing, the amounts and the period.
 */
export function EligibilityExplanation({ eligibility }: { eligibility: PolicyEligibility }) {
  const columns: TableColumnsType<Outcome> = [
    { title: '条件', dataIndex: 'requirement', key: 'requirement' },
    {
      title: '结果',
      key: 'result',
      render: (_: unknown, row) => <Tag color={CONDITION_COLORS[row.result]}>{CONDITION_RESULT_LABELS[row.result]}</Tag>,
    },
    { title: '依据的事实', key: 'fact', render: (_: unknown, row) => row.fact ?? '—' },
    {
      title: '来源',
      key: 'source',
      responsive: ['md'],
      render: (_: unknown, row) => <span style={{ wordBreak: 'break-all' }}>{row.source ?? '—'}</span>,
    },
  ];
  return (
    <Flex vertical gap="small">
      <Table<Outcome>
        rowKey="path"
        size="small"
        columns={columns}
        dataSource={eligibility.conditions}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <div>
        <Typography.Text strong>尚缺材料：</Typography.Text>
        {eligibility.missingEvidence.length === 0 ? (
          <Typography.Text>无</Typography.Text>
        ) : (
          <List size="small" dataSource={eligibility.missingEvidence} renderItem={(item) => <List.Item>{item.label}</List.Item>} />
        )}
      </div>
      {eligibility.amounts.length > 0 ? (
        <div>
          <Typography.Text strong>标准：</Typography.Text>
          <List
            size="small"
            dataSource={eligibility.amounts}
            renderItem={(amount) => (
              <List.Item>
                {amount.label}：{amount.text}
              </List.Item>
            )}
          />
        </div>
      ) : null}
      {eligibility.period ? (
        <Typography.Paragraph>
          <Typography.Text strong>期限：</Typography.Text>
          {eligibility.period}
        </Typography.Paragraph>
      ) : null}
    </Flex>
  );
}

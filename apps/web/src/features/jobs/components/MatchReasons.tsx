import type { MatchReason } from '@jobcircle/domain';
import { Flex, Tag } from 'antd';

/** The reasons for (green) and against (red) a match, each with its points. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  if (reasons.length === 0) return <span>—</span>;
  return (
    <Flex gap={4} wrap>
      {reasons.map((reason) => (
        <Tag key={reason.code} color={reason.polarity === 'for' ? 'success' : 'error'}>
          {reason.polarity === 'for' ? '✓ ' : '✗ '}
          {reason.text}
        </Tag>
      ))}
    </Flex>
  );
}

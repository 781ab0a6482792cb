import { COMPLAINT_STATE_LABELS, type Complaint, type ComplaintState } from '@jobcircle/domain';
import { Tag } from 'antd';

const COLORS: Record<ComplaintState, string> = { open: 'blue', replied: 'gold', closed: 'green', reopened: 'red' };

export function ComplaintStateTags({ complaint }: { complaint: Pick<Complaint, 'state' | 'isOverdue'> }) {
  return (
    <>
      <Tag color={COLORS[complaint.state]}>{COMPLAINT_STATE_LABELS[complaint.state]}</Tag>
      {complaint.isOverdue ? <Tag color="red">已逾期</Tag> : null}
    </>
  );
}

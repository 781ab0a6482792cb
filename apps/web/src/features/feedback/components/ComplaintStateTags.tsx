import { COMPLAINT_STATE_LABELS, type Complaint, type ComplaintState } from '@jobcircle/domain';
import { Tag } from 'antd';

const COLORS: Record<ComplaintState, string> = { open: 'processing', replied: 'warning', closed: 'success', reopened: 'error' };

export function ComplaintStateTags({ complaint }: { complaint: Pick<Complaint, 'state' | 'isOverdue'> }) {
  return (
    <>
      <Tag color={COLORS[complaint.state]}>{COMPLAINT_STATE_LABELS[complaint.state]}</Tag>
      {complaint.isOverdue ? <Tag color="error">已逾期</Tag> : null}
    </>
  );
}

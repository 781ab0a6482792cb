import { EMPLOYMENT_STATUS_LABELS, type EmploymentStatus, KEY_GROUP_LABELS, type KeyGroup } from '@jobcircle/domain';
import { Tag } from 'antd';

const STATUS_COLORS: Record<EmploymentStatus, string> = {
  unknown: 'default',
  employed: 'success',
  flexible: 'processing',
  self_employed: 'processing',
  unemployed: 'warning',
  student: 'default',
  retired: 'default',
  not_in_labour_force: 'default',
};

export function StatusTag({ status }: { status: EmploymentStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{EMPLOYMENT_STATUS_LABELS[status]}</Tag>;
}

export function KeyGroupTags({ groups }: { groups: readonly KeyGroup[] }) {
  if (groups.length === 0) return <span>—</span>;
  return (
    <>
      {groups.map((group) => (
        <Tag key={group}>{KEY_GROUP_LABELS[group]}</Tag>
      ))}
    </>
  );
}

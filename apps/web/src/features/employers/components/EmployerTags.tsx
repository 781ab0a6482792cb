import { EMPLOYER_KIND_LABELS, type EmployerKind } from '@jobcircle/domain';
import { Tag } from 'antd';

export function EmployerKindTag({ kind }: { kind: EmployerKind }) {
  return <Tag color="processing">{EMPLOYER_KIND_LABELS[kind]}</Tag>;
}

export function KeyEmployerTag() {
  return <Tag color="warning">重点企业</Tag>;
}

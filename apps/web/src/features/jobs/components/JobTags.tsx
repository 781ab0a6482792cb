import { JOB_KIND_LABELS, JOB_STATE_LABELS, type JobKind, type JobState } from '@jobcircle/domain';
import { Tag } from 'antd';
import { JOB_KIND_COLORS, JOB_STATE_COLORS } from './job-options.ts';

export function JobStateTag({ state }: { state: JobState }) {
  return <Tag color={JOB_STATE_COLORS[state]}>{JOB_STATE_LABELS[state]}</Tag>;
}

export function JobKindTag({ kind }: { kind: JobKind }) {
  return <Tag color={JOB_KIND_COLORS[kind]}>{JOB_KIND_LABELS[kind]}</Tag>;
}

import { SITE_KIND_LABELS, type SiteKind, STAFFING_STATUS_LABELS, type Staffing } from '@jobcircle/domain';
import { Tag } from 'antd';
import { SITE_KIND_COLORS } from '../../../lib/colors.ts';

export function SiteKindTag({ kind }: { kind: SiteKind }) {
  return (
    <Tag color={SITE_KIND_COLORS[kind]} variant="solid">
      {SITE_KIND_LABELS[kind]}
    </Tag>
  );
}

export function StaffingTag({ staffing }: { staffing: Staffing }) {
  const color = staffing.status === 'ok' ? 'success' : staffing.status === 'understaffed' ? 'error' : 'default';
  return (
    <Tag
      color={color}
      title={`专职社区工作者 ${staffing.fullTimeCommunityWorkers} 人，就业服务人员 ${staffing.serviceWorkers} 人，志愿者 ${staffing.volunteers} 人`}
    >
      {STAFFING_STATUS_LABELS[staffing.status]}
    </Tag>
  );
}

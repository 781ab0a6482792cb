import { Typography } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { useAssistanceFile } from '../api/get-assistance-file.ts';
import { useTimeline } from '../api/list-timeline.ts';
import { residentSituation } from './resident-summary.ts';

/** 最近服务 · 下次跟进 · 责任人 above the file's sections (the same queries as the timeline and the assistance file). */
export function ResidentSummaryLine({ residentId }: { residentId: string }) {
  const timeline = useTimeline(residentId);
  const file = useAssistanceFile(residentId);
  if (timeline.isPending || file.isPending) return null;
  const situation = residentSituation(timeline.data, file.data);
  const parts = [
    `最近服务：${situation.lastService ? `${formatDateTime(situation.lastService.at)} ${situation.lastService.summary}` : timeline.isError ? '未能读取' : '暂无'}`,
    `下次跟进：${situation.nextFollowUpDate ?? (file.isError ? '未能读取' : '未安排')}`,
    `责任人：${situation.responsibleStaffName ?? (file.isError ? '未能读取' : '未指定')}`,
  ];
  return (
    <Typography.Paragraph className="resident-summary" data-testid="resident-summary">
      {parts.join(' · ')}
    </Typography.Paragraph>
  );
}

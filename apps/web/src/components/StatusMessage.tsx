import { CloseCircleFilled, DisconnectOutlined, WarningFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

const ICONS = { error: CloseCircleFilled, warning: WarningFilled, offline: DisconnectOutlined } as const;

/**
 * A light result block (icon, title, detail, action) for states the first page must be able to show
 * without a further download: a failed load, no network, a crashed route. antd's Result carries its
 * 403/404/500 illustrations in the same module, too heavy for the first-page budget.
 */
export function StatusMessage({
  kind,
  title,
  detail,
  action,
  heading = 'h2',
}: {
  kind: keyof typeof ICONS;
  title: ReactNode;
  detail?: ReactNode;
  action?: ReactNode;
  heading?: 'h1' | 'h2';
}) {
  const Icon = ICONS[kind];
  const Heading = heading;
  return (
    <div className={`status-message status-message-${kind}`} role={kind === 'offline' ? 'alert' : undefined}>
      <Icon className="status-message-icon" aria-hidden />
      <Heading className="status-message-title">{title}</Heading>
      {detail ? <p className="status-message-detail">{detail}</p> : null}
      {action ? <div className="status-message-action">{action}</div> : null}
    </div>
  );
}

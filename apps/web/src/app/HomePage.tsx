import { ROLE_LABELS } from '@jobcircle/domain';
import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { PageContainer } from '../components/PageContainer.tsx';
import { CalendarCoverageBanner } from '../features/calendar/components/CalendarCoverageBanner.tsx';
import { WorkbenchPanels } from '../features/workbench/components/WorkbenchPanels.tsx';
import { can, useMe } from '../lib/auth.ts';
import { useSites } from '../lib/queries/list-sites.ts';
import { menuFor } from './menu.ts';

/** 工作台: who I am, where I work, what needs attention, and the way to each part of the console. */
export default function HomePage() {
  const me = useMe();
  const mayRead = can(me, 'org:read');
  const all = useSites({ page: 1, pageSize: 1, isActive: true });
  const understaffed = useSites({ page: 1, pageSize: 1, isActive: true, staffing: 'understaffed' });
  const shortcuts = menuFor(me).filter((entry) => entry.path !== '/');

  return (
    <PageContainer title="工作台" description={`${me.displayName}，您好！您是${me.regionName}的${ROLE_LABELS[me.role]}。`}>
      {can(me, 'calendar:write') ? <CalendarCoverageBanner /> : null}
      {can(me, 'ledger:read') ? <WorkbenchPanels /> : null}
      {mayRead ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={12}>
            <Card>
              <Statistic title="辖区内在用站点" value={all.data?.total ?? '—'} suffix="个" loading={all.isPending} />
              <Link to="/sites">查看站点</Link>
            </Card>
          </Col>
          <Col xs={24} sm={12}>
            <Card>
              <Statistic title="人员配备不足的站点" value={understaffed.data?.total ?? '—'} suffix="个" loading={understaffed.isPending} />
              <Link to="/sites?staffing=understaffed">查看需补充人员的站点</Link>
            </Card>
          </Col>
        </Row>
      ) : (
        <Alert type="info" showIcon title="您的账号暂未开通站点网络的查看权限。" />
      )}
      <Typography.Title level={2} className="section-title">
        常用功能
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {shortcuts.map((entry) => (
          <Col key={entry.path} xs={12} sm={8} lg={6}>
            <Link to={entry.path} className="shortcut">
              <span className="shortcut-icon" aria-hidden="true">
                {entry.icon ? <entry.icon /> : null}
              </span>
              {entry.label}
            </Link>
          </Col>
        ))}
      </Row>
    </PageContainer>
  );
}

import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@jobcircle/domain/permissions';
import { App, Button, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ElderModeSwitch } from '../../components/ElderModeSwitch.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useSignOut } from '../../features/auth/api/sign-out.ts';
import { InboxBadge } from '../../features/inbox/components/InboxBadge.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useMe } from '../../lib/auth.ts';
import { useElderMode } from '../../lib/ElderModeProvider.tsx';
import { type MenuEntry, menuFor, selectedMenuKey } from '../menu.ts';
import { SessionTimeoutWarning } from '../SessionTimeoutWarning.tsx';

function menuIcon(entry: MenuEntry) {
  const Icon = entry.icon;
  return Icon ? <Icon /> : null;
}

function Brand() {
  return (
    <Link to="/" className="brand" aria-label="崇心乐业 15分钟就业服务圈 工作台首页">
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-text">
        <span className="brand-name">崇心乐业</span>
        <span className="brand-sub">15分钟就业服务圈</span>
      </span>
    </Link>
  );
}

/** The console frame: header (brand, elder mode, user menu), the menu (a drawer on phones), the page. */
export function ConsoleLayout() {
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg === true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { message } = App.useApp();
  const { elder } = useElderMode();

  const link = (entry: MenuEntry) => ({
    key: entry.path,
    icon: menuIcon(entry),
    label: (
      <Link to={entry.path} onClick={() => setDrawerOpen(false)}>
        {entry.label}
      </Link>
    ),
  });
  const entries = menuFor(me);
  // An entry with more than one sub-entry the user may open is a group (open by default); otherwise a link.
  const groups = entries.filter((entry) => (entry.children?.length ?? 0) > 1);
  const menuItems: MenuProps['items'] = entries.map((entry) =>
    groups.includes(entry)
      ? { key: `group:${entry.path}`, icon: menuIcon(entry), label: entry.label, children: (entry.children ?? []).map(link) }
      : link(entry),
  );
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selectedMenuKey(location.pathname)]}
      defaultOpenKeys={groups.map((entry) => `group:${entry.path}`)}
      items={menuItems}
      className="console-menu"
    />
  );

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
      { key: 'security', icon: <SafetyOutlined />, label: '账号安全（双因素认证）' },
      { type: 'divider' },
      { key: 'sign-out', icon: <LogoutOutlined />, label: '退出登录' },
    ],
    onClick: ({ key }) => {
      if (key === 'password') {
        void navigate(`/change-password?next=${encodeURIComponent(location.pathname + location.search)}`);
        return;
      }
      if (key === 'security') {
        void navigate(`/security?next=${encodeURIComponent(location.pathname + location.search)}`);
        return;
      }
      signOut.mutate(undefined, {
        onSuccess: () => void navigate('/sign-in', { replace: true }),
        onError: (error) => void message.error(errorMessage(error)),
      });
    },
  };

  return (
    <Layout className="console">
      <SessionTimeoutWarning />
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Header className="console-header">
        {wide ? null : (
          <Button
            type="text"
            className="header-button"
            icon={<MenuOutlined />}
            aria-label="打开菜单"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Brand />
        <div className="header-actions">
          <ElderModeSwitch />
          <InboxBadge />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" className="header-button user-button" aria-label={`用户菜单：${me.displayName}`}>
              <UserOutlined aria-hidden="true" />
              <span className="user-name">{me.displayName}</span>
              <span className="user-role">{ROLE_LABELS[me.role]}</span>
              <DownOutlined aria-hidden="true" />
            </Button>
          </Dropdown>
        </div>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={elder ? 300 : 220} className="console-sider" theme="light">
            <nav aria-label="主菜单">{menu}</nav>
          </Layout.Sider>
        ) : (
          <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={280} title="菜单" className="menu-drawer">
            <nav aria-label="主菜单">{menu}</nav>
          </Drawer>
        )}
        <Layout.Content id="main" className="console-content" tabIndex={-1}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Me, Permission } from '@jobcircle/domain';
import type { ReactNode } from 'react';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  permission: Permission | null;
}

export const MENU: readonly MenuEntry[] = [
  { path: '/', label: '工作台', icon: <HomeOutlined />, permission: null },
  { path: '/sites', label: '站点', icon: <ShopOutlined />, permission: 'org:read' },
  { path: '/map', label: '站点地图', icon: <EnvironmentOutlined />, permission: 'org:read' },
  { path: '/regions', label: '区域与网格', icon: <ClusterOutlined />, permission: 'org:read' },
  { path: '/service-items', label: '服务事项', icon: <AppstoreOutlined />, permission: 'org:read' },
  { path: '/employers', label: '用人单位', icon: <BankOutlined />, permission: 'employer:read' },
  { path: '/staff', label: '人员账号', icon: <TeamOutlined />, permission: 'staff:read' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit-log:read' },
];

/** The menu shows only what the user may do. */
export function menuFor(me: Me): MenuEntry[] {
  return MENU.filter((entry) => entry.permission === null || me.permissions.includes(entry.permission));
}

/** The menu entry a path belongs to: /sites/123 → /sites. */
export function selectedMenuKey(pathname: string): string {
  const match = MENU.filter((entry) => entry.path !== '/' && (pathname === entry.path || pathname.startsWith(`${entry.path}/`)));
  return match[0]?.path ?? '/';
}

import {
  AimOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  IdcardOutlined,
  LikeOutlined,
  ProfileOutlined,
  ReadOutlined,
  RocketOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Me, Permission } from '@jobcircle/domain';
import type { ComponentType } from 'react';

export interface MenuEntry {
  path: string;
  label: string;
  /** An @ant-design/icons component (null for sub-entries). */
  icon: ComponentType | null;
  permission: Permission | null;
  /** Sub-entries, each with its own permission; the first is the entry's own page. */
  children?: readonly MenuEntry[];
}

export const MENU: readonly MenuEntry[] = [
  { path: '/', label: '工作台', icon: HomeOutlined, permission: null },
  {
    path: '/ledger',
    label: '服务台账',
    icon: ProfileOutlined,
    permission: 'ledger:read',
    children: [
      { path: '/ledger', label: '服务记录与统计', icon: null, permission: 'ledger:read' },
      { path: '/ledger/new', label: '窗口快速登记', icon: null, permission: 'ledger:write' },
    ],
  },
  { path: '/tickets', label: '首问受理', icon: SolutionOutlined, permission: 'ticket:read' },
  { path: '/appointments', label: '预约', icon: CalendarOutlined, permission: 'appointment:read' },
  { path: '/complaints', label: '评价与投诉', icon: LikeOutlined, permission: 'feedback:read' },
  { path: '/calendar', label: '工作日历', icon: CarryOutOutlined, permission: 'calendar:write' },
  { path: '/sites', label: '站点', icon: ShopOutlined, permission: 'org:read' },
  { path: '/map', label: '站点地图', icon: EnvironmentOutlined, permission: 'org:read' },
  { path: '/coverage', label: '覆盖分析', icon: AimOutlined, permission: 'coverage:read' },
  { path: '/regions', label: '区域与网格', icon: ClusterOutlined, permission: 'org:read' },
  { path: '/service-items', label: '服务事项', icon: AppstoreOutlined, permission: 'org:read' },
  {
    path: '/residents',
    label: '劳动力资源',
    icon: IdcardOutlined,
    permission: 'resident:read',
    children: [
      { path: '/residents', label: '人员名册', icon: null, permission: 'resident:read' },
      { path: '/residents/import', label: '导入', icon: null, permission: 'resident:import' },
      { path: '/residents/duplicates', label: '疑似重复', icon: null, permission: 'resident:merge' },
    ],
  },
  { path: '/employers', label: '用人单位', icon: BankOutlined, permission: 'employer:read' },
  {
    path: '/policies',
    label: '政策',
    icon: ReadOutlined,
    permission: 'policy:read',
    children: [
      { path: '/policies', label: '政策库', icon: null, permission: 'policy:read' },
      { path: '/outreach', label: '政策找人', icon: null, permission: 'policy:read' },
    ],
  },
  {
    path: '/jobs',
    label: '岗位与推荐',
    icon: RocketOutlined,
    permission: 'job:read',
    children: [
      { path: '/jobs', label: '岗位', icon: null, permission: 'job:read' },
      { path: '/jobs/new', label: '募集岗位', icon: null, permission: 'job:write' },
      { path: '/jobs/matches', label: '人岗匹配', icon: null, permission: 'resident:read' },
      { path: '/referrals', label: '推荐看板', icon: null, permission: 'referral:read' },
      { path: '/gigs', label: '零工市场', icon: null, permission: 'job:read' },
    ],
  },
  { path: '/staff', label: '人员账号', icon: TeamOutlined, permission: 'staff:read' },
  { path: '/audit', label: '审计日志', icon: AuditOutlined, permission: 'audit-log:read' },
  { path: '/inbox', label: '站内消息', icon: BellOutlined, permission: 'inbox:read' },
  { path: '/tasks', label: '后台任务', icon: ScheduleOutlined, permission: 'task:read' },
];

/** The menu shows only what the user may do. */
export function menuFor(me: Me): MenuEntry[] {
  const allowed = (entry: MenuEntry) => entry.permission === null || me.permissions.includes(entry.permission);
  return MENU.filter(allowed).map((entry) => (entry.children ? { ...entry, children: entry.children.filter(allowed) } : entry));
}

/** The menu entry a path belongs to, the most specific one: /sites/123 → /sites, /residents/import/1 → /residents/import. */
export function selectedMenuKey(pathname: string): string {
  const match = MENU.flatMap((entry) => [entry, ...(entry.children ?? [])])
    .filter((entry) => entry.path !== '/' && (pathname === entry.path || pathname.startsWith(`${entry.path}/`)))
    .sort((a, b) => b.path.length - a.path.length);
  return match[0]?.path ?? '/';
}

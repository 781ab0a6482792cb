import { z } from 'zod';
import type { RegionLevel } from './regions.ts';

/** Permission keys, `resource:action`. The UI hides what an actor lacks; the API enforces it. */
export const PERMISSIONS = [
  'org:read',
  'site:write',
  'grid:write',
  'staff:read',
  'staff:write',
  'service-item:write',
  'audit-log:read',
  'employer:read',
  'employer:write',
  'resident:read',
  'resident:write',
  'resident:unmask',
  'resident:read-sensitive',
  'resident:import',
  'resident:export',
  'resident:merge',
  'ledger:read',
  'ledger:write',
  'ledger:export',
  'task:read',
  'inbox:read',
] as const;
export const PermissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof PermissionSchema>;

export const PERMISSION_LABELS: Record<Permission, string> = {
  'org:read': '查看站点网络',
  'site:write': '维护站点',
  'grid:write': '维护网格',
  'staff:read': '查看人员',
  'staff:write': '维护人员账号',
  'service-item:write': '维护服务事项说明',
  'audit-log:read': '查看审计日志',
  'employer:read': '查看用人单位',
  'employer:write': '维护用人单位及走访记录',
  'resident:read': '查看劳动力资源',
  'resident:write': '维护劳动力资源',
  'resident:unmask': '查看完整证件号和手机号（须说明原因）',
  'resident:read-sensitive': '查看健康与残疾信息',
  'resident:import': '导入劳动力资源',
  'resident:export': '导出台账',
  'resident:merge': '合并重复人员',
  'ledger:read': '查看服务台账和工作台',
  'ledger:write': '登记服务',
  'ledger:export': '导出服务台账',
  'task:read': '查看后台任务',
  'inbox:read': '查看站内消息',
};

export const ROLES = ['district_admin', 'town_admin', 'station_staff', 'point_staff', 'volunteer', 'mentor'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  district_admin: '区级管理员',
  town_admin: '乡镇管理员',
  station_staff: '服务站工作人员',
  point_staff: '服务点工作人员',
  volunteer: '志愿者',
  mentor: '创业指导师',
};

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  district_admin: PERMISSIONS,
  town_admin: [
    'org:read',
    'site:write',
    'grid:write',
    'staff:read',
    'staff:write',
    'audit-log:read',
    'employer:read',
    'employer:write',
    'resident:read',
    'resident:write',
    'resident:unmask',
    'resident:read-sensitive',
    'resident:import',
    'resident:export',
    'resident:merge',
    'ledger:read',
    'ledger:write',
    'ledger:export',
    'task:read',
    'inbox:read',
  ],
  station_staff: [
    'org:read',
    'grid:write',
    'staff:read',
    'employer:read',
    'employer:write',
    'resident:read',
    'resident:write',
    'resident:unmask',
    'resident:read-sensitive',
    'resident:import',
    'resident:export',
    'ledger:read',
    'ledger:write',
    'ledger:export',
    'inbox:read',
  ],
  point_staff: [
    'org:read',
    'staff:read',
    'employer:read',
    'resident:read',
    'resident:write',
    'resident:unmask',
    'ledger:read',
    'ledger:write',
    'ledger:export',
    'inbox:read',
  ],
  volunteer: ['org:read', 'resident:read', 'ledger:read', 'ledger:write', 'inbox:read'],
  mentor: ['org:read', 'employer:read', 'ledger:read', 'ledger:write', 'inbox:read'],
};

/** The region level each role's account is tied to (a volunteer may also be tied to a grid). */
export const ROLE_REGION_LEVELS: Record<Role, readonly RegionLevel[]> = {
  district_admin: ['district'],
  town_admin: ['town'],
  station_staff: ['town'],
  point_staff: ['village'],
  volunteer: ['village', 'grid'],
  mentor: ['district', 'town'],
};

/** Least privilege: an account manager may create only roles below its own. */
export const ASSIGNABLE_ROLES: Record<Role, readonly Role[]> = {
  district_admin: ROLES,
  town_admin: ['station_staff', 'point_staff', 'volunteer', 'mentor'],
  station_staff: [],
  point_staff: [],
  volunteer: [],
  mentor: [],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

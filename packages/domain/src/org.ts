import { z } from 'zod';
import {
  IdSchema,
  LatSchema,
  LngSchema,
  PageQuerySchema,
  pageOf,
  QueryBooleanSchema,
  SortOrderSchema,
  TimestampSchema,
  text,
} from './common.ts';
import { RoleSchema } from './permission-schemas.ts';
import { GridCodeSchema, RegionCodeSchema, RegionLevelSchema, TownCodeSchema, VillageCodeSchema } from './regions.ts';
import { BASIC_SERVICE_ITEM_NOS, ServiceItemNoSchema } from './service-items.ts';

// ── sites ────────────────────────────────────────────────────────────────────

export const SITE_KINDS = ['station', 'substation', 'point', 'outpost'] as const;
export const SiteKindSchema = z.enum(SITE_KINDS);
export type SiteKind = z.infer<typeof SiteKindSchema>;
export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  station: '乡镇就业服务站',
  substation: '就业服务分站',
  point: '村居就业服务点',
  outpost: '就业小站',
};

/** The unified marks every site's public name carries (plan §二.三). */
export const CIRCLE_MARK = '15分钟就业服务圈';
export const BRAND_MARK = '崇心乐业';
export function sitePublicName(name: string): string {
  return `${CIRCLE_MARK}·${BRAND_MARK} ${name}`;
}

export const SITE_ZONES = ['reception', 'self_service', 'activity'] as const;
export const SiteZoneSchema = z.enum(SITE_ZONES);
export type SiteZone = z.infer<typeof SiteZoneSchema>;
export const SITE_ZONE_LABELS: Record<SiteZone, string> = {
  reception: '指导接待区',
  self_service: '自助服务区',
  activity: '综合活动区',
};

/** Where an outpost sits (plan §二.五: 商圈, 园区, 交通枢纽). */
export const OUTPOST_SETTINGS = ['mall', 'park', 'transport_hub', 'other'] as const;
export const OutpostSettingSchema = z.enum(OUTPOST_SETTINGS);
export type OutpostSetting = z.infer<typeof OutpostSettingSchema>;
export const OUTPOST_SETTING_LABELS: Record<OutpostSetting, string> = {
  mall: '商圈',
  park: '园区',
  transport_hub: '交通枢纽',
  other: '其他生活场景',
};

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
export const OpeningPeriodSchema = z
  .object({
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    day: z.number().int().min(1, { error: '星期应为 1–7' }).max(7, { error: '星期应为 1–7' }),
    open: z.string().regex(TIME_RE, { error: '时间格式应为 HH:mm' }),
    close: z.string().regex(TIME_RE, { error: '时间格式应为 HH:mm' }),
  })
  .refine((p) => p.open < p.close, { error: '结束时间应晚于开始时间', path: ['close'] });
export type OpeningPeriod = z.infer<typeof OpeningPeriodSchema>;

export const OpeningHoursSchema = z.object({
  periods: z.array(OpeningPeriodSchema).max(21),
  note: z.string().trim().max(200).optional(),
});
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** Pure rule: the basic items (基础功能) a site of this kind lacks; every basic item is mandatory for a station. */
export function missingBasicItems(kind: SiteKind, items: readonly number[]): number[] {
  if (kind !== 'station') return [];
  return BASIC_SERVICE_ITEM_NOS.filter((no) => !items.includes(no));
}

/** Pure rule: zones a site of this kind must have (站 and 分站: reception and self-service). */
export function missingZones(kind: SiteKind, zones: readonly SiteZone[]): SiteZone[] {
  if (kind !== 'station' && kind !== 'substation') return [];
  return (['reception', 'self_service'] as const).filter((zone) => !zones.includes(zone));
}

const PhoneTextSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { error: '电话号码格式不正确' });

const siteFields = {
  name: text(60),
  townCode: TownCodeSchema,
  villageCode: VillageCodeSchema.nullable().optional(),
  parentSiteId: IdSchema.nullable().optional(),
  outpostSetting: OutpostSettingSchema.nullable().optional(),
  address: text(200),
  lng: LngSchema.nullable().optional(),
  lat: LatSchema.nullable().optional(),
  openingHours: OpeningHoursSchema,
  zones: z.array(SiteZoneSchema).max(3),
  managingUnit: text(100),
  contactPhone: PhoneTextSchema.nullable().optional(),
  serviceItems: z.array(ServiceItemNoSchema).max(25),
};

interface SiteShape {
  kind: SiteKind;
  villageCode?: string | null | undefined;
  outpostSetting?: OutpostSetting | null | undefined;
  lng?: number | null | undefined;
  lat?: number | null | undefined;
  zones: SiteZone[];
  serviceItems: number[];
}

/** Cross-field rules of a site, shared by the create form, the API and updates. */
export function siteIssues(site: SiteShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const missing = missingBasicItems(site.kind, site.serviceItems);
  if (missing.length > 0) issues.push({ path: 'serviceItems', message: `服务站必须提供全部基础功能事项，缺少：${missing.join('、')}` });
  if (new Set(site.serviceItems).size !== site.serviceItems.length) issues.push({ path: 'serviceItems', message: '服务事项重复' });
  const zones = missingZones(site.kind, site.zones);
  if (zones.length > 0) issues.push({ path: 'zones', message: '服务站（分站）应设置指导接待区和自助服务区' });
  if (site.kind === 'point' && !site.villageCode) issues.push({ path: 'villageCode', message: '服务点必须属于一个村居' });
  if (site.kind === 'outpost' && !site.outpostSetting) issues.push({ path: 'outpostSetting', message: '请选择就业小站所在场景' });
  if ((site.lng == null) !== (site.lat == null)) issues.push({ path: site.lng == null ? 'lng' : 'lat', message: '经纬度需同时填写' });
  return issues;
}

export const CreateSiteBodySchema = z.object({ kind: SiteKindSchema, ...siteFields }).superRefine((site, ctx) => {
  for (const issue of siteIssues(site)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});
export type CreateSiteBody = z.infer<typeof CreateSiteBodySchema>;

/** Updates name every field they change and carry the version they were based on. */
export const UpdateSiteBodySchema = z
  .object({ ...siteFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdateSiteBody = z.infer<typeof UpdateSiteBodySchema>;

export const VersionBodySchema = z.object({ version: z.number().int().min(1) });
export type VersionBody = z.infer<typeof VersionBodySchema>;

export const STAFFING_STATUSES = ['ok', 'understaffed', 'not_required'] as const;
export const StaffingStatusSchema = z.enum(STAFFING_STATUSES);
export type StaffingStatus = z.infer<typeof StaffingStatusSchema>;
export const STAFFING_STATUS_LABELS: Record<StaffingStatus, string> = {
  ok: '配备达标',
  understaffed: '人员不足',
  not_required: '无配备要求',
};

export const StaffingSchema = z.object({
  status: StaffingStatusSchema,
  fullTimeCommunityWorkers: z.number().int(),
  serviceWorkers: z.number().int(),
  volunteers: z.number().int(),
});
export type Staffing = z.infer<typeof StaffingSchema>;

/**
 * Pure rule, plan §二.二: a station needs at least one full-time community worker; a point (and a
 * substation) at least one employment-service worker, part- or full-time (a full-time community
 * worker counts too). Volunteers help but never count. Outposts have no rule.
 */
export function staffingStatus(kind: SiteKind, counts: Omit<Staffing, 'status'>): StaffingStatus {
  if (kind === 'station') return counts.fullTimeCommunityWorkers >= 1 ? 'ok' : 'understaffed';
  if (kind === 'point' || kind === 'substation') {
    return counts.fullTimeCommunityWorkers + counts.serviceWorkers >= 1 ? 'ok' : 'understaffed';
  }
  return 'not_required';
}

export const SiteSchema = z.object({
  id: IdSchema,
  kind: SiteKindSchema,
  name: z.string(),
  publicName: z.string(),
  townCode: z.string(),
  townName: z.string(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  parentSiteId: z.string().nullable(),
  outpostSetting: OutpostSettingSchema.nullable(),
  address: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  openingHours: OpeningHoursSchema,
  zones: z.array(SiteZoneSchema),
  managingUnit: z.string(),
  contactPhone: z.string().nullable(),
  serviceItems: z.array(z.number().int()),
  staffing: StaffingSchema,
  isDemo: z.boolean(),
  isActive: z.boolean(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Site = z.infer<typeof SiteSchema>;

export const SITE_SORTS = ['name', 'kind', 'townCode', 'updatedAt'] as const;
export const ListSitesQuerySchema = PageQuerySchema.extend({
  kind: SiteKindSchema.optional(),
  townCode: TownCodeSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  serviceItem: z.coerce.number().pipe(ServiceItemNoSchema).optional(),
  staffing: StaffingStatusSchema.optional(),
  isActive: QueryBooleanSchema.optional(),
  q: z.string().trim().max(60).optional(),
  sort: z.enum(SITE_SORTS).default('townCode'),
  order: SortOrderSchema.default('asc'),
});
export type ListSitesQuery = z.infer<typeof ListSitesQuerySchema>;
export const SitePageSchema = pageOf(SiteSchema);

// ── grids ────────────────────────────────────────────────────────────────────

export const GridSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townCode: z.string(),
  responsibleStaffId: z.string().nullable(),
  responsibleStaffName: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type Grid = z.infer<typeof GridSchema>;

export const CreateGridBodySchema = z.object({
  code: GridCodeSchema,
  name: text(40),
  responsibleStaffId: IdSchema.nullable().optional(),
});
export type CreateGridBody = z.infer<typeof CreateGridBodySchema>;
export const UpdateGridBodySchema = z
  .object({ name: text(40), responsibleStaffId: IdSchema.nullable(), version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdateGridBody = z.infer<typeof UpdateGridBodySchema>;
export const ListGridsQuerySchema = PageQuerySchema.extend({
  villageCode: VillageCodeSchema.optional(),
  townCode: TownCodeSchema.optional(),
  isActive: QueryBooleanSchema.optional(),
});
export type ListGridsQuery = z.infer<typeof ListGridsQuerySchema>;
export const GridPageSchema = pageOf(GridSchema);

// ── staff ────────────────────────────────────────────────────────────────────

/** What a person is in the plan's staffing rule (plan §二.二), apart from the access role. */
export const STAFF_POSITIONS = ['full_time_community_worker', 'service_worker', 'volunteer', 'mentor', 'administrator'] as const;
export const StaffPositionSchema = z.enum(STAFF_POSITIONS);
export type StaffPosition = z.infer<typeof StaffPositionSchema>;
export const STAFF_POSITION_LABELS: Record<StaffPosition, string> = {
  full_time_community_worker: '专职社区工作者',
  service_worker: '就业服务人员',
  volunteer: '志愿者',
  mentor: '创业指导师/专家',
  administrator: '管理人员',
};

export const USERNAME_RE = /^[a-z][a-z0-9_.-]{2,31}$/;
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_RE, { error: '用户名为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头' });

export const StaffSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  position: StaffPositionSchema,
  isFullTime: z.boolean(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  regionLevel: RegionLevelSchema,
  regionCode: z.string(),
  regionName: z.string(),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: TimestampSchema.nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
});
export type Staff = z.infer<typeof StaffSchema>;

const staffFields = {
  displayName: text(50),
  role: RoleSchema,
  position: StaffPositionSchema,
  isFullTime: z.boolean(),
  siteId: IdSchema.nullable().optional(),
  regionCode: RegionCodeSchema,
};
export const CreateStaffBodySchema = z.object({ username: UsernameSchema, ...staffFields });
export type CreateStaffBody = z.infer<typeof CreateStaffBodySchema>;
export const UpdateStaffBodySchema = z
  .object({ ...staffFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdateStaffBody = z.infer<typeof UpdateStaffBodySchema>;

/** A new account or a reset: the one-time password is shown once and must be changed at first sign-in. */
export const StaffWithPasswordSchema = z.object({ staff: StaffSchema, oneTimePassword: z.string() });
export type StaffWithPassword = z.infer<typeof StaffWithPasswordSchema>;

export const STAFF_SORTS = ['username', 'displayName', 'role', 'createdAt'] as const;
export const ListStaffQuerySchema = PageQuerySchema.extend({
  role: RoleSchema.optional(),
  siteId: IdSchema.optional(),
  townCode: TownCodeSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  isActive: QueryBooleanSchema.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(STAFF_SORTS).default('username'),
  order: SortOrderSchema.default('asc'),
});
export type ListStaffQuery = z.infer<typeof ListStaffQuerySchema>;
export const StaffPageSchema = pageOf(StaffSchema);

/** What anyone may see of an active site: its public page, the poster's QR code target. */
export const PublicSiteSchema = SiteSchema.pick({
  id: true,
  kind: true,
  name: true,
  publicName: true,
  townName: true,
  villageName: true,
  address: true,
  lng: true,
  lat: true,
  openingHours: true,
  zones: true,
  serviceItems: true,
  contactPhone: true,
});
export type PublicSite = z.infer<typeof PublicSiteSchema>;

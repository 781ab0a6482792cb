import { z } from 'zod';

/** district > town > village > grid (plan §一.一 网格化管理). */
export const REGION_LEVELS = ['district', 'town', 'village', 'grid'] as const;
export const RegionLevelSchema = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;
export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  district: '区',
  town: '乡镇',
  village: '村居',
  grid: '网格',
};

/** 村委会 = rural, 居委会 = urban; the statistical units' 虚拟 areas are `virtual`. */
export const VILLAGE_KINDS = ['rural', 'urban', 'virtual'] as const;
export const VillageKindSchema = z.enum(VILLAGE_KINDS);
export type VillageKind = z.infer<typeof VillageKindSchema>;
export const VILLAGE_KIND_LABELS: Record<VillageKind, string> = { rural: '村委会', urban: '居委会', virtual: '虚拟社区' };

export const DISTRICT_CODE_RE = /^\d{6}$/;
export const TOWN_CODE_RE = /^\d{9}$/;
export const VILLAGE_CODE_RE = /^\d{12}$/;
/** A grid's code is its village's code, a dash and a two- or three-digit number: 310151101001-01. */
export const GRID_CODE_RE = /^\d{12}-\d{2,3}$/;

export const TownCodeSchema = z.string().regex(TOWN_CODE_RE, { error: '乡镇代码应为 9 位数字' });
export const VillageCodeSchema = z.string().regex(VILLAGE_CODE_RE, { error: '村居代码应为 12 位数字' });
export const GridCodeSchema = z.string().regex(GRID_CODE_RE, { error: '网格编号格式应为 村居代码-序号，如 310151101001-01' });
export const RegionCodeSchema = z.union([z.string().regex(DISTRICT_CODE_RE), TownCodeSchema, VillageCodeSchema, GridCodeSchema], {
  error: '区域代码格式不正确',
});

export function regionLevelOf(code: string): RegionLevel | undefined {
  if (GRID_CODE_RE.test(code)) return 'grid';
  if (VILLAGE_CODE_RE.test(code)) return 'village';
  if (TOWN_CODE_RE.test(code)) return 'town';
  if (DISTRICT_CODE_RE.test(code)) return 'district';
  return undefined;
}

/**
 * Where an actor may act: the codes of its region and of every ancestor.
 * A district scope has only `districtCode`; a grid scope has all four.
 */
export interface RegionScope {
  level: RegionLevel;
  districtCode: string;
  townCode?: string;
  villageCode?: string;
  gridCode?: string;
}

/** The region codes a place sits in (its village and grid may be absent). */
export interface RegionPlacement {
  districtCode: string;
  townCode: string | null;
  villageCode: string | null;
  gridCode?: string | null;
}

/** Pure rule: is a placed thing inside a scope? A grid scope also sees its village's things that have no grid. */
export function isInScope(scope: RegionScope, place: RegionPlacement): boolean {
  if (place.districtCode !== scope.districtCode) return false;
  if (scope.level === 'district') return true;
  if (place.townCode !== scope.townCode) return false;
  if (scope.level === 'town') return true;
  if (place.villageCode !== scope.villageCode) return false;
  if (scope.level === 'village') return true;
  return place.gridCode == null || place.gridCode === scope.gridCode;
}

export const RegionNodeSchema: z.ZodType<RegionNode> = z.lazy(() =>
  z.object({
    code: z.string(),
    name: z.string(),
    level: RegionLevelSchema,
    villageKind: VillageKindSchema.nullable(),
    isStatistical: z.boolean(),
    children: z.array(RegionNodeSchema),
  }),
);
// Recursive: registered by id so that the OpenAPI document can refer to it.
z.globalRegistry.add(RegionNodeSchema, { id: 'RegionNode' });
export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  villageKind: VillageKind | null;
  /** 前卫农场, 东平林场, 上实现代农业园区: statistical units, not real towns. */
  isStatistical: boolean;
  children: RegionNode[];
}

/** 崇明区, the district JobCircle serves (GB/T 2260 and NBS division code). */
export const DISTRICT_CODE = '310151';

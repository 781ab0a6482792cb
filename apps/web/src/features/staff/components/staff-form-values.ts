import { type Role, regionLevelOf, type Staff, type StaffPosition } from '@jobcircle/domain';

/** The form's values: the body of CreateStaffBody (the user name only when creating). */
export interface StaffFormValues {
  username?: string;
  displayName: string;
  role: Role;
  position: StaffPosition;
  isFullTime: boolean;
  regionCode: string;
  siteId?: string | null;
}

export const STAFF_FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  position: '岗位',
  isFullTime: '全职/兼职',
  regionCode: '负责区域',
  siteId: '所在站点',
};

export function staffToFormValues(staff: Staff): StaffFormValues {
  return {
    displayName: staff.displayName,
    role: staff.role,
    position: staff.position,
    isFullTime: staff.isFullTime,
    regionCode: staff.regionCode,
    siteId: staff.siteId,
  };
}

/** The values as the API takes them (without the user name, which only creation sends). */
export function staffFormToBody(values: StaffFormValues) {
  return {
    displayName: values.displayName,
    role: values.role,
    position: values.position,
    isFullTime: values.isFullTime,
    regionCode: values.regionCode,
    siteId: values.siteId ?? null,
  };
}

/** The sites of a region: a town's or a village's (a grid belongs to its village). */
export function siteFilterOf(regionCode: string | undefined) {
  if (!regionCode) return null;
  const level = regionLevelOf(regionCode);
  if (level === 'town') return { townCode: regionCode };
  if (level === 'village') return { villageCode: regionCode };
  if (level === 'grid') return { villageCode: regionCode.slice(0, 12) };
  return {};
}

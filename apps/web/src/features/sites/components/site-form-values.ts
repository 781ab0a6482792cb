import {
  BASIC_SERVICE_ITEM_NOS,
  type OpeningHours,
  type OutpostSetting,
  type Site,
  type SiteKind,
  type SiteZone,
  type siteIssues,
} from '@jobcircle/domain';

/** The form's values: the body of CreateSiteBody, with empty optional fields as undefined. */
export interface SiteFormValues {
  kind: SiteKind;
  name: string;
  townCode: string;
  villageCode?: string | null;
  parentSiteId?: string | null;
  outpostSetting?: OutpostSetting | null;
  address: string;
  lng?: number | null;
  lat?: number | null;
  openingHours: OpeningHours;
  zones: SiteZone[];
  managingUnit: string;
  contactPhone?: string | null;
  serviceItems: number[];
}

export const SITE_FIELD_LABELS: Record<string, string> = {
  kind: '站点类型',
  name: '站点名称',
  townCode: '所属乡镇',
  villageCode: '所属村居',
  parentSiteId: '上级服务站',
  outpostSetting: '所在场景',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  openingHours: '开放时间',
  zones: '功能分区',
  managingUnit: '管理单位',
  contactPhone: '联系电话',
  serviceItems: '提供的服务事项',
};

export function siteToFormValues(site: Site): SiteFormValues {
  return {
    kind: site.kind,
    name: site.name,
    townCode: site.townCode,
    villageCode: site.villageCode,
    parentSiteId: site.parentSiteId,
    outpostSetting: site.outpostSetting,
    address: site.address,
    lng: site.lng,
    lat: site.lat,
    openingHours: { periods: site.openingHours.periods, note: site.openingHours.note ?? '' },
    zones: site.zones,
    managingUnit: site.managingUnit,
    contactPhone: site.contactPhone ?? '',
    serviceItems: [...site.serviceItems].sort((a, b) => a - b),
  };
}

/** The values as the API takes them: empty optional fields become null, irrelevant ones are cleared. */
export function siteFormToBody(values: SiteFormValues) {
  const note = values.openingHours.note?.trim();
  return {
    kind: values.kind,
    name: values.name,
    townCode: values.townCode,
    villageCode: values.kind === 'station' ? null : (values.villageCode ?? null),
    parentSiteId: values.kind === 'substation' || values.kind === 'point' ? (values.parentSiteId ?? null) : null,
    outpostSetting: values.kind === 'outpost' ? (values.outpostSetting ?? null) : null,
    address: values.address,
    lng: values.lng ?? null,
    lat: values.lat ?? null,
    openingHours: { periods: values.openingHours.periods ?? [], ...(note ? { note } : {}) },
    zones: values.zones ?? [],
    managingUnit: values.managingUnit,
    contactPhone: values.contactPhone?.trim() ? values.contactPhone.trim() : null,
    serviceItems: [...(values.serviceItems ?? [])].sort((a, b) => a - b),
  };
}

export function newSiteValues(townCode: string | undefined): Partial<SiteFormValues> {
  return {
    kind: 'point',
    townCode,
    zones: [],
    serviceItems: [...BASIC_SERVICE_ITEM_NOS],
    openingHours: { periods: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '17:00' })), note: '' },
  };
}

/** What the contract's cross-field rule (siteIssues) reads from the form. */
export function siteIssueInput(values: SiteFormValues): Parameters<typeof siteIssues>[0] {
  return {
    kind: values.kind,
    villageCode: values.villageCode,
    outpostSetting: values.outpostSetting,
    lng: values.lng,
    lat: values.lat,
    zones: values.zones ?? [],
    serviceItems: values.serviceItems ?? [],
  };
}

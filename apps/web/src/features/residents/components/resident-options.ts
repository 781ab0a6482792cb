import {
  ASSISTANCE_CLASSIFICATION_LABELS,
  ASSISTANCE_CLASSIFICATIONS,
  CONSENT_CHANNEL_LABELS,
  CONSENT_CHANNELS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUS_LABELS,
  EMPLOYMENT_STATUSES,
  HARDSHIP_CATEGORIES,
  HARDSHIP_CATEGORY_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  HOUSEHOLD_RELATIONS,
  HUKOU_TYPE_LABELS,
  HUKOU_TYPES,
  IMPORT_FIELDS,
  type ImportField,
  KEY_GROUP_LABELS,
  KEY_GROUPS,
  OCCUPATION_LEVEL_LABELS,
  OCCUPATIONS,
  occupation,
  TRAVEL_MODE_LABELS,
  TRAVEL_MODES,
  WORK_HOURS,
  WORK_HOURS_LABELS,
} from '@jobcircle/domain';

function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const EMPLOYMENT_STATUS_OPTIONS = optionsOf(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABELS);
export const KEY_GROUP_OPTIONS = optionsOf(KEY_GROUPS, KEY_GROUP_LABELS);
export const HARDSHIP_CATEGORY_OPTIONS = optionsOf(HARDSHIP_CATEGORIES, HARDSHIP_CATEGORY_LABELS);
export const HUKOU_TYPE_OPTIONS = optionsOf(HUKOU_TYPES, HUKOU_TYPE_LABELS);
export const EDUCATION_OPTIONS = optionsOf(EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS);
export const CONSENT_CHANNEL_OPTIONS = optionsOf(CONSENT_CHANNELS, CONSENT_CHANNEL_LABELS);
export const WORK_HOURS_OPTIONS = optionsOf(WORK_HOURS, WORK_HOURS_LABELS);
export const TRAVEL_MODE_OPTIONS = optionsOf(TRAVEL_MODES, TRAVEL_MODE_LABELS);
export const HOUSEHOLD_RELATION_OPTIONS = optionsOf(HOUSEHOLD_RELATIONS, HOUSEHOLD_RELATION_LABELS);
export const ASSISTANCE_CLASSIFICATION_OPTIONS = optionsOf(ASSISTANCE_CLASSIFICATIONS, ASSISTANCE_CLASSIFICATION_LABELS);

/** Every occupation of the catalogue, searchable by code or name: "4-14-06-02 家政服务员（细类（职业））". */
export const OCCUPATION_OPTIONS = OCCUPATIONS.map((o) => ({
  value: o.code,
  label: `${o.code} ${o.name}`,
  title: `${o.name}（${OCCUPATION_LEVEL_LABELS[o.level]}）`,
}));

export function occupationLabel(code: string): string {
  const found = occupation(code);
  return found ? `${found.name}（${code}）` : code;
}

/** The Chinese name of an import field: its first usual heading (姓名, 身份证号 …). */
export function importFieldLabel(field: string): string {
  return field in IMPORT_FIELDS ? IMPORT_FIELDS[field as ImportField][0] : field;
}

/** Amounts of the API are in fen (integers); the screens show yuan. */
export function formatYuan(fen: number | null | undefined): string {
  return fen == null ? '—' : `${(fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}

export function formatPayRange(minFen: number | null, maxFen: number | null): string {
  if (minFen == null && maxFen == null) return '面议';
  if (minFen != null && maxFen != null) return `${formatYuan(minFen)} – ${formatYuan(maxFen)} / 月`;
  return minFen != null ? `不低于 ${formatYuan(minFen)} / 月` : `不高于 ${formatYuan(maxFen)} / 月`;
}

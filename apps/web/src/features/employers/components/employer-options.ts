import {
  CONTACT_LOG_CHANNEL_LABELS,
  CONTACT_LOG_CHANNELS,
  EMPLOYER_KIND_LABELS,
  EMPLOYER_KINDS,
  INDUSTRY_SECTION_LABELS,
  INDUSTRY_SECTIONS,
  type IndustryDivisionCode,
  industryDivision,
} from '@jobcircle/domain';

export const EMPLOYER_KIND_OPTIONS = EMPLOYER_KINDS.map((kind) => ({ value: kind, label: EMPLOYER_KIND_LABELS[kind] }));

export const CONTACT_LOG_CHANNEL_OPTIONS = CONTACT_LOG_CHANNELS.map((channel) => ({
  value: channel,
  label: CONTACT_LOG_CHANNEL_LABELS[channel],
}));

/** The 20 门类 of GB/T 4754-2017: "C 制造业". */
export const INDUSTRY_SECTION_OPTIONS = INDUSTRY_SECTIONS.map((section) => ({
  value: section.code,
  label: `${section.code} ${section.name}`,
}));

/** 门类 → 大类, the two levels of the industry cascader: "C 制造业" → "13 农副食品加工业". */
export const INDUSTRY_CASCADER_OPTIONS = INDUSTRY_SECTIONS.map((section) => ({
  value: section.code,
  label: `${section.code} ${section.name}`,
  children: section.divisions.map((division) => ({ value: division.code, label: `${division.code} ${division.name}` })),
}));

/** "C 制造业 / 13 农副食品加工业" */
export function industryLabel(code: IndustryDivisionCode): string {
  const division = industryDivision(code);
  if (!division) return code;
  return `${division.section} ${INDUSTRY_SECTION_LABELS[division.section]} / ${division.code} ${division.name}`;
}

import {
  AGE_REASON_LABELS,
  AGE_REASONS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  JOB_BENEFIT_LABELS,
  JOB_BENEFITS,
  JOB_KIND_LABELS,
  JOB_KINDS,
  JOB_SOURCE_LABELS,
  JOB_SOURCES,
  JOB_STATE_LABELS,
  JOB_STATES,
  OCCUPATION_LEVEL_LABELS,
  OCCUPATIONS,
  occupation,
  PAY_UNIT_LABELS,
  PAY_UNITS,
  WORK_HOURS,
  WORK_HOURS_LABELS,
} from '@jobcircle/domain';

function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const JOB_KIND_OPTIONS = optionsOf(JOB_KINDS, JOB_KIND_LABELS);
export const JOB_STATE_OPTIONS = optionsOf(JOB_STATES, JOB_STATE_LABELS);
export const JOB_SOURCE_OPTIONS = optionsOf(JOB_SOURCES, JOB_SOURCE_LABELS);
export const JOB_BENEFIT_OPTIONS = optionsOf(JOB_BENEFITS, JOB_BENEFIT_LABELS);
export const PAY_UNIT_OPTIONS = optionsOf(PAY_UNITS, PAY_UNIT_LABELS);
export const AGE_REASON_OPTIONS = optionsOf(AGE_REASONS, AGE_REASON_LABELS);
export const EDUCATION_OPTIONS = optionsOf(
  EDUCATION_LEVELS.filter((level) => level !== 'unknown'),
  EDUCATION_LEVEL_LABELS,
);
export const WORK_HOURS_OPTIONS = optionsOf(WORK_HOURS, WORK_HOURS_LABELS);
export const OCCUPATION_OPTIONS = OCCUPATIONS.map((o) => ({
  value: o.code,
  label: `${o.code} ${o.name}`,
  title: `${o.name}（${OCCUPATION_LEVEL_LABELS[o.level]}）`,
}));

export function occupationLabel(code: string): string {
  const found = occupation(code);
  return found ? `${found.name}（${code}）` : code;
}

/** Status presets the theme keeps readable (4.5:1). */
export const JOB_STATE_COLORS = { draft: 'default', open: 'success', filled: 'processing', closed: 'default', expired: 'warning' } as const;

/** Solid colours with white text (4.5:1 and more), one per kind. */
export const JOB_KIND_COLORS = { full_time: '#0958d9', part_time: '#00695c', public_welfare: '#531dab', gig: '#b7410e' } as const;

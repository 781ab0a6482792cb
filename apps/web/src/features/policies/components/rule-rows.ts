import type { Condition, EmploymentStatus, HukouType, KeyGroup, LeafCondition } from '@jobcircle/domain';

/** One row of the rule-pack editor: a fact, an operator and the value(s) that operator takes. */
export interface RuleRow {
  fact: LeafCondition['fact'] | 'group';
  op?: string;
  min?: number | null;
  max?: number | null;
  years?: number | null;
  months?: number | null;
  hukou?: HukouType[];
  statuses?: EmploymentStatus[];
  keyGroup?: KeyGroup;
  text?: string;
  /** A nested group of a pack written elsewhere: kept as it is (shown, removable, not edited here). */
  kept?: Condition;
}

export interface RuleRows {
  combine: 'all' | 'any';
  rows: RuleRow[];
}

/** The operators each fact offers in the editor. */
export const OPERATORS: Record<RuleRow['fact'], { value: string; label: string }[]> = {
  age: [{ value: 'between', label: '在范围内' }],
  retirement: [
    { value: 'not_reached', label: '未达到' },
    { value: 'within_years', label: '距离不足（年）' },
  ],
  hukou: [{ value: 'in', label: '属于' }],
  employment_status: [{ value: 'in', label: '属于' }],
  key_group: [
    { value: 'has', label: '属于' },
    { value: 'lacks', label: '不属于' },
  ],
  household: [{ value: 'no_member_employed', label: '其他成员均未就业' }],
  receipts: [{ value: 'none', label: '未享受过' }],
  attested: [{ value: 'confirm', label: '由工作人员核实' }],
  group: [{ value: 'kept', label: '保留原样' }],
};

function rowOf(condition: Condition): RuleRow {
  if ('all' in condition || 'any' in condition) return { fact: 'group', op: 'kept', kept: condition };
  switch (condition.fact) {
    case 'age':
      return { fact: 'age', op: 'between', min: condition.value.min, max: condition.value.max };
    case 'retirement':
      return condition.op === 'within_years'
        ? { fact: 'retirement', op: 'within_years', years: condition.value }
        : { fact: 'retirement', op: 'not_reached' };
    case 'hukou':
      return { fact: 'hukou', op: 'in', hukou: condition.value };
    case 'employment_status':
      return { fact: 'employment_status', op: 'in', statuses: condition.value, months: condition.minMonths ?? null };
    case 'key_group':
      return { fact: 'key_group', op: condition.op, keyGroup: condition.value };
    case 'household':
      return { fact: 'household', op: 'no_member_employed' };
    case 'receipts':
      return { fact: 'receipts', op: 'none', years: condition.withinYears ?? null };
    case 'attested':
      return { fact: 'attested', op: 'confirm', text: condition.value };
  }
}

/** A pack's conditions as editor rows: the top group's rows (a single condition is a group of one). */
export function rowsOf(conditions: Condition): RuleRows {
  if ('all' in conditions) return { combine: 'all', rows: conditions.all.map(rowOf) };
  if ('any' in conditions) return { combine: 'any', rows: conditions.any.map(rowOf) };
  return { combine: 'all', rows: [rowOf(conditions)] };
}

const orNull = (value: number | null | undefined) => (value === undefined || value === null ? null : value);

/** A row as a condition; what it lacks is left for the API to name on its field (rows.N.…). */
function conditionOf(row: RuleRow): Condition {
  switch (row.fact) {
    case 'group':
      return row.kept ?? { all: [] };
    case 'age':
      return { fact: 'age', op: 'between', value: { min: orNull(row.min), max: orNull(row.max) } };
    case 'retirement':
      return row.op === 'within_years'
        ? { fact: 'retirement', op: 'within_years', value: row.years as number }
        : { fact: 'retirement', op: 'not_reached' };
    case 'hukou':
      return { fact: 'hukou', op: 'in', value: row.hukou ?? [] };
    case 'employment_status':
      return { fact: 'employment_status', op: 'in', value: row.statuses ?? [], minMonths: orNull(row.months) };
    case 'key_group':
      return { fact: 'key_group', op: row.op === 'lacks' ? 'lacks' : 'has', value: row.keyGroup as KeyGroup };
    case 'household':
      return { fact: 'household', op: 'no_member_employed' };
    case 'receipts':
      return { fact: 'receipts', op: 'none', withinYears: orNull(row.years) };
    case 'attested':
      return { fact: 'attested', op: 'confirm', value: row.text ?? '' };
  }
}

export function conditionsOf(rows: RuleRows): Condition {
  const conditions = rows.rows.map(conditionOf);
  return rows.combine === 'any' ? { any: conditions } : { all: conditions };
}

/**
 * An API field path into the conditions (`rulePack.conditions.all.2.value.min`) as the editor field
 * it belongs to (`rows.2.min`); null when it is not a row's field.
 */
export function rowFieldOf(path: string): string | null {
  const match = /^rulePack\.conditions\.(?:all|any)\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!match) return null;
  const [, index, rest = ''] = match;
  const field = rest.startsWith('value.min')
    ? 'min'
    : rest.startsWith('value.max')
      ? 'max'
      : rest === 'minMonths'
        ? 'months'
        : rest === 'withinYears'
          ? 'years'
          : rest.startsWith('value')
            ? 'value'
            : 'fact';
  return `rows.${index}.${field}`;
}

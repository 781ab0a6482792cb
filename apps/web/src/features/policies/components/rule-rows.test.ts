import type { Condition } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { conditionsOf, rowFieldOf, rowsOf } from './rule-rows.ts';

describe('rule rows', () => {
  it('turns a pack into rows and back without change, keeping a nested group as it is', () => {
    const pack: Condition = {
      all: [
        { fact: 'age', op: 'between', value: { min: 16, max: null } },
        { fact: 'retirement', op: 'within_years', value: 5 },
        { fact: 'employment_status', op: 'in', value: ['unemployed'], minMonths: 6 },
        { fact: 'key_group', op: 'lacks', value: 'hardship' },
        { fact: 'receipts', op: 'none', withinYears: null },
        { fact: 'attested', op: 'confirm', value: '缴费满1年' },
        { any: [{ fact: 'hukou', op: 'in', value: ['non_local'] }] },
      ],
    };
    const rows = rowsOf(pack);
    expect(rows.rows.map((r) => r.fact)).toEqual(['age', 'retirement', 'employment_status', 'key_group', 'receipts', 'attested', 'group']);
    expect(conditionsOf(rows)).toEqual(pack);
  });

  it('makes a single condition a group of one, and any stays any', () => {
    expect(rowsOf({ fact: 'household', op: 'no_member_employed' }).rows).toHaveLength(1);
    const any = rowsOf({ any: [{ fact: 'key_group', op: 'has', value: 'graduate' }] });
    expect(any.combine).toBe('any');
    expect(conditionsOf(any)).toEqual({ any: [{ fact: 'key_group', op: 'has', value: 'graduate' }] });
  });

  it('puts an API error on the row field it names', () => {
    expect(rowFieldOf('rulePack.conditions.all.2.value.min')).toBe('rows.2.min');
    expect(rowFieldOf('rulePack.conditions.any.0.minMonths')).toBe('rows.0.months');
    expect(rowFieldOf('rulePack.conditions.all.1.value')).toBe('rows.1.value');
    expect(rowFieldOf('rulePack.amounts.0.label')).toBeNull();
  });
});

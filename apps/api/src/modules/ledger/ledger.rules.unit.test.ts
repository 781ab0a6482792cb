import { describe, expect, it } from 'vitest';
import { itemCounts, neutraliseCell, periodOf } from './ledger.rules.ts';

describe('ledger rules', () => {
  it('reads a month, a range or the current month as Shanghai dates with UTC bounds', () => {
    const now = new Date('2026-11-30T17:00:00Z'); // already 1 December in Shanghai
    expect(periodOf({}, now)).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf({ month: '2026-02' }, now)).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      bounds: { fromAt: '2026-01-31T16:00:00.000Z', toAt: '2026-02-28T16:00:00.000Z' },
    });
    expect(periodOf({ from: '2026-10-10', to: '2026-10-01' }, now)).toMatchObject({ from: '2026-10-01', to: '2026-10-10' });
    expect(periodOf({ month: '2024-02' }, now).to).toBe('2024-02-29');
  });

  it('lays counts out per key over the 25 items with totals', () => {
    const table = itemCounts([
      { key: 'a', item_no: 1, n: 2 },
      { key: 'a', item_no: 25, n: 1 },
      { key: 'b', item_no: 1, n: 3 },
    ]);
    expect(table.rows.get('a')?.[0]).toBe(2);
    expect(table.rows.get('a')?.[24]).toBe(1);
    expect(table.rows.get('b')).toHaveLength(25);
    expect(table.totals[0]).toBe(5);
    expect(table.total).toBe(6);
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
    expect(neutraliseCell('城桥镇')).toBe('城桥镇');
  });
});

import { describe, expect, it } from 'vitest';
import { neutraliseCell, neutraliseRow } from './spreadsheet-safety.ts';

describe('spreadsheet formula injection', () => {
  it('prefixes text that a spreadsheet would read as a formula', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+86 139', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1']) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    }
    for (const text of ['城桥镇', '310230********1234', '139****0000', '', "'=already"]) expect(neutraliseCell(text)).toBe(text);
  });

  it('leaves numbers and nulls of a row alone', () => {
    expect(neutraliseRow({ a: '=1', b: 2, c: null })).toEqual({ a: "'=1", b: 2, c: null });
  });
});

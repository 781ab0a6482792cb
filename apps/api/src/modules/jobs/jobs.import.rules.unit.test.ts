import { describe, expect, it } from 'vitest';
import { isJobHeaderRow, jobImportColumns, parseDate, parsePay } from './jobs.import.rules.ts';

describe('the job import rules', () => {
  it('reads pay as the export writes it and as staff write it', () => {
    expect(parsePay('4000–5000 元/月')).toEqual({ minFen: 400_000, maxFen: 500_000, unit: 'month' });
    expect(parsePay('25–30.50 元/小时')).toEqual({ minFen: 2_500, maxFen: 3_050, unit: 'hour' });
    expect(parsePay('200元/天')).toEqual({ minFen: 20_000, maxFen: 20_000, unit: 'day' });
    expect(parsePay('3,500-4,500')).toEqual({ minFen: 350_000, maxFen: 450_000, unit: 'month' });
    for (const text of ['面议', '4000 美元', '-5', '']) expect(parsePay(text)).toBeNull();
  });

  it('reads dates in the usual forms and refuses impossible ones', () => {
    expect(parseDate('2026-12-31')).toBe('2026-12-31');
    expect(parseDate('2026/1/5')).toBe('2026-01-05');
    expect(parseDate('2026年2月28日')).toBe('2026-02-28');
    for (const text of ['2026-02-30', '31/12/2026', '明年']) expect(parseDate(text)).toBeNull();
  });

  it('finds the heading row below a title row and names the missing required columns', () => {
    expect(isJobHeaderRow(['岗位信息表（2026-11-26 导出）'])).toBe(false);
    expect(isJobHeaderRow(['岗位名称', '用人单位'])).toBe(true);
    const { columns, missing } = jobImportColumns(['职位', '单位名称', '职业代码', '薪资', '人数', '截止日期', '备注']);
    expect([...columns.keys()]).toEqual(['title', 'employerName', 'occupationCode', 'pay', 'headcount', 'validTo']);
    expect(missing).toEqual([]);
    expect(jobImportColumns(['岗位名称']).missing.length).toBe(5);
  });
});

import { shanghaiDate, shanghaiTime } from '@jobcircle/domain';
import type ExcelJS from 'exceljs';
import { neutraliseCell } from './spreadsheet-safety.ts';

/**
 * Ledgers as offices file them (issue 15 §5): a title row, a row with 制表单位 and 制表日期, the
 * heading row frozen with an auto-filter, column widths; times in Beijing time. Works on a
 * streamed worksheet too: a streamed sheet takes its views only when it is added, so the sheet is
 * added with OFFICE_SHEET_OPTIONS, and the heading is added before any row.
 */

/** The spreadsheet row of the headings under the title and the unit line. */
export const OFFICE_HEADING_ROW = 3;

/** Options of `addWorksheet`: everything above the data rows stays in view. */
export const OFFICE_SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = {
  views: [{ state: 'frozen', xSplit: 0, ySplit: OFFICE_HEADING_ROW }],
};

/** An instant as Beijing wall-clock time, `YYYY-MM-DD HH:mm` (the zone offices read). */
export function beijingDateTime(iso: string): string {
  const at = new Date(iso);
  return `${shanghaiDate(at)} ${shanghaiTime(at)}`;
}

export function addOfficeHeading(
  sheet: ExcelJS.Worksheet,
  options: { title: string; unit: string; now: Date; headers: readonly string[] },
): void {
  const { title, unit, now, headers } = options;
  const last = Math.max(headers.length, 2);
  sheet.autoFilter = { from: { row: OFFICE_HEADING_ROW, column: 1 }, to: { row: OFFICE_HEADING_ROW, column: headers.length } };
  const titleRow = sheet.addRow([neutraliseCell(title)]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.height = 24;
  const unitCells: string[] = Array.from({ length: last }, () => '');
  unitCells[0] = neutraliseCell(`制表单位：${unit}`);
  unitCells[last - 1] = `制表日期：${shanghaiDate(now)}`;
  sheet.addRow(unitCells);
  const heading = sheet.addRow(headers.map(neutraliseCell));
  heading.font = { bold: true };
  heading.alignment = { vertical: 'middle', wrapText: true };
}

import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Reading uploaded spreadsheets (the registry's import, the job import): the first worksheet of an
 * xlsx file or a CSV file, every cell as trimmed text. Cells are read, never evaluated: a formula
 * gives its cached result. What an import stores passes through `neutraliseCell`
 * (spreadsheet-safety.ts) as an export does.
 */

/** The limits every import shares: the upload's size is in the body schema (about 30 MB). */
export const IMPORT_MAX_ROWS = 200_000;

export interface Sheet {
  headers: string[];
  /** The spreadsheet row number of the headings (1 unless a title row comes first). */
  headerRow: number;
  /** Data rows (after the heading row), each cell as trimmed text; `row` is the spreadsheet row number. */
  rows: { row: number; cells: string[] }[];
}

/** Which of the first rows holds the headings: by default row 1. */
export interface ReadSheetOptions {
  isHeaderRow?: (cells: readonly string[]) => boolean;
}

/** Rows looked at for the headings when a title row (or a few) comes first. */
const HEADER_SEARCH_ROWS = 5;

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value && value.result != null) return String(value.result).trim();
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    return '';
  }
  return String(value).trim();
}

/**
 * Text of a CSV file: UTF-8 (with or without BOM) or, as Excel in China saves it, GB18030.
 */
export function decodeCsv(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads the first worksheet of an xlsx file, or a CSV file, into headings and rows of text. */
export async function readSheet(fileName: string, bytes: Buffer, options: ReadSheetOptions = {}): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    // Every cell as text: read as numbers, 18-digit ID numbers would lose their last digits.
    await workbook.csv.read(Readable.from([decodeCsv(bytes)]), { parserOptions: { trim: true }, map: (value: string) => value });
  } else {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], headerRow: 1, rows: [] };
  const width = sheet.columnCount;
  const textOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  let headerRow = 1;
  const { isHeaderRow } = options;
  if (isHeaderRow) {
    for (let n = 1; n <= HEADER_SEARCH_ROWS; n += 1) {
      if (isHeaderRow(textOf(sheet.getRow(n)))) {
        headerRow = n;
        break;
      }
    }
  }
  const headers = textOf(sheet.getRow(headerRow));
  const rows: Sheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells = textOf(row);
    if (cells.some((cell) => cell !== '')) rows.push({ row: rowNumber, cells });
  });
  return { headers, headerRow, rows };
}

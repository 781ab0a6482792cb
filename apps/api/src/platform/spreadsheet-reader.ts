import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError, validationError } from './errors.ts';

/**
 * Reading uploaded spreadsheets (the registry's import, the job import): the first worksheet of an
 * xlsx file or a CSV file, every cell as trimmed text. Cells are read, never evaluated: a formula
 * gives its cached result. What an import stores passes through `neutraliseCell`
 * (spreadsheet-safety.ts) as an export does.
 */

/** The limits every import shares: the upload's size is in the body schema (about 30 MB). */
export const IMPORT_MAX_ROWS = 200_000;

/**
 * What an xlsx file may unpack to, by its zip directory, before a byte of it is inflated: a sheet
 * of 200,000 rows is well under it; an 8 MB zip bomb of repeated rows (gigabytes) is far over.
 */
export const IMPORT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** Why a file was refused before or while reading it: too big unpacked, or more rows than allowed. */
export class SheetLimitError extends Error {
  constructor(
    readonly limit: 'uncompressed' | 'rows',
    readonly bytes?: number,
  ) {
    super(limit === 'rows' ? `more than ${IMPORT_MAX_ROWS} rows` : `unpacks to ${bytes} bytes`);
  }
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedBytes: number;
  /** As the directory declares it: a bomb may lie, so the scan counts what inflates. */
  declaredBytes: number;
  localOffset: number;
}

/** The entries of a zip file, from its central directory (the end of the file); undefined when it is no zip. */
function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= floor; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_ENTRY) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedBytes: bytes.readUInt32LE(at + 20),
      declaredBytes: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * What a zip file declares it unpacks to, from its central directory: no inflating. A size of
 * 0xFFFFFFFF (zip64) counts as 4 GB — no upload needs zip64. Undefined when it is no zip file.
 */
export function zipUncompressedBytes(bytes: Buffer): number | undefined {
  return zipEntries(bytes)?.reduce((sum, entry) => sum + entry.declaredBytes, 0);
}

/** Row elements (`<row …>`, any namespace prefix) in a piece of sheet XML read as latin1 (one char a byte). */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

/**
 * The streamed pass before an xlsx file is parsed: every entry inflated chunk by chunk and thrown
 * away, counting the bytes that really come out (a directory that lies does not help a bomb) and
 * the rows of each worksheet. Refuses past IMPORT_MAX_UNCOMPRESSED_BYTES or `maxRows` rows as soon
 * as it gets there; memory stays at one chunk.
 */
async function scanXlsx(bytes: Buffer, entries: ZipEntry[], maxRows: number): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    if (bytes.readUInt32LE(entry.localOffset) !== LOCAL_ENTRY) throw new Error('not an xlsx file');
    const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
    const packed = bytes.subarray(start, start + entry.compressedBytes);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    let rows = 0;
    let carry = '';
    const take = (chunk: Buffer) => {
      total += chunk.length;
      if (total > IMPORT_MAX_UNCOMPRESSED_BYTES) throw new SheetLimitError('uncompressed', total);
      if (!isSheet) return;
      const text = carry + chunk.toString('latin1');
      rows += text.match(ROW_TAG)?.length ?? 0;
      // A tag split between two chunks is counted in the next one, never twice.
      const cut = text.lastIndexOf('<');
      carry = cut >= 0 && text.length - cut < 64 && !/[\s>/]/.test(text.slice(cut + 1)) ? text.slice(cut) : '';
      if (rows > maxRows) throw new SheetLimitError('rows');
    };
    if (entry.method === 0) {
      take(packed);
      continue;
    }
    if (entry.method !== 8) throw new Error('not an xlsx file');
    const inflate = createInflateRaw();
    await new Promise<void>((resolve, reject) => {
      inflate.on('data', (chunk: Buffer) => {
        try {
          take(chunk);
        } catch (error) {
          inflate.destroy();
          reject(error);
        }
      });
      inflate.on('error', reject);
      inflate.on('end', resolve);
      inflate.end(packed);
    });
  }
}

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

/**
 * Reads the first worksheet of an xlsx file, or a CSV file, into headings and rows of text. An xlsx
 * file is checked by its zip directory (SheetLimitError 'uncompressed'), then streamed once through
 * inflate counting real bytes and rows (SheetLimitError 'uncompressed' or 'rows'), and parsed only
 * when both hold — so no file is ever unpacked past the limits.
 */
export async function readSheet(fileName: string, bytes: Buffer, options: ReadSheetOptions = {}): Promise<Sheet> {
  const cells: { row: number; cells: string[] }[] = [];
  // Data rows past the limit, plus the rows a title and the headings may take.
  const maxRows = IMPORT_MAX_ROWS + HEADER_SEARCH_ROWS;
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    // Every cell as text: read as numbers, 18-digit ID numbers would lose their last digits.
    await workbook.csv.read(Readable.from([decodeCsv(bytes)]), { parserOptions: { trim: true }, map: (value: string) => value });
  } else {
    const entries = zipEntries(bytes);
    if (!entries) throw new Error('not an xlsx file');
    const declared = entries.reduce((sum, entry) => sum + entry.declaredBytes, 0);
    if (declared > IMPORT_MAX_UNCOMPRESSED_BYTES) throw new SheetLimitError('uncompressed', declared);
    await scanXlsx(bytes, entries, maxRows);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  }
  const sheet = workbook.worksheets[0];
  if (sheet) {
    if (sheet.rowCount > maxRows) throw new SheetLimitError('rows');
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => cells.push({ row: rowNumber, cells: textOf(row, width) }));
  }
  return sheetOf(cells, options);
}

function textOf(row: ExcelJS.Row, width: number): string[] {
  return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
}

/** Headings (row 1, or the first row that looks like them) and the non-empty rows below, all as wide as the widest. */
function sheetOf(read: { row: number; cells: string[] }[], options: ReadSheetOptions): Sheet {
  if (read.length === 0) return { headers: [], headerRow: 1, rows: [] };
  const width = Math.max(...read.map((r) => r.cells.length));
  const byNumber = new Map(read.map((r) => [r.row, [...r.cells, ...Array<string>(width - r.cells.length).fill('')]]));
  const textAt = (n: number) => byNumber.get(n) ?? Array<string>(width).fill('');
  let headerRow = 1;
  const { isHeaderRow } = options;
  if (isHeaderRow) {
    for (let n = 1; n <= HEADER_SEARCH_ROWS; n += 1) {
      if (isHeaderRow(textAt(n))) {
        headerRow = n;
        break;
      }
    }
  }
  const headers = textAt(headerRow);
  const rows: Sheet['rows'] = [];
  for (const { row } of read) {
    if (row <= headerRow) continue;
    const cells = textAt(row);
    if (cells.some((cell) => cell !== '')) rows.push({ row, cells });
  }
  if (rows.length > IMPORT_MAX_ROWS) throw new SheetLimitError('rows');
  return { headers, headerRow, rows };
}

/** Users whose upload is being read now: one file per user at a time (a second is refused with 409). */
const reading = new Set<string>();

/**
 * An uploaded file as an import reads it: one at a time per user (IMPORT_ALREADY_RUNNING), refused
 * on the file field when it unpacks too large (IMPORT_FILE_TOO_LARGE) or holds too many rows, and
 * IMPORT_FILE_UNREADABLE when it is no spreadsheet.
 */
export async function readUploadedSheet(owner: string, fileName: string, bytes: Buffer, options: ReadSheetOptions = {}): Promise<Sheet> {
  if (reading.has(owner)) throw new AppError('IMPORT_ALREADY_RUNNING');
  reading.add(owner);
  try {
    return await readSheet(fileName, bytes, options);
  } catch (error) {
    if (error instanceof SheetLimitError && error.limit === 'uncompressed') {
      throw new AppError('IMPORT_FILE_TOO_LARGE', {
        fieldErrors: { contentBase64: [`解压后超过 ${IMPORT_MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB，请拆分后导入`] },
        limitBytes: IMPORT_MAX_UNCOMPRESSED_BYTES,
      });
    }
    if (error instanceof SheetLimitError) throw validationError({ contentBase64: [`一次最多导入 ${IMPORT_MAX_ROWS} 行`] });
    throw new AppError('IMPORT_FILE_UNREADABLE', undefined, { cause: error });
  } finally {
    reading.delete(owner);
  }
}

import { type COVERAGE_IMPORT_ROW_ERRORS, type CoverageImportKind, type CoverageImportReport, isInDistrictBounds } from '@jobcircle/domain';

/** Pure parsing and checking of the two CSV imports (village centres, official population). */

type RowErrorCode = (typeof COVERAGE_IMPORT_ROW_ERRORS)[number];
export type RowError = CoverageImportReport['errors'][number];

/** RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF, a byte-order mark ignored. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

export interface CentreImportRow {
  villageCode: string;
  lng: number;
  lat: number;
  source: string;
}
export interface PopulationImportRow {
  villageCode: string;
  population: number;
  labourForce: number | null;
  source: string;
  year: number;
}

/** The village codes the importer may write (in the district and in the importer's scope). */
export interface VillageCheck {
  exists(code: string): boolean;
  inScope(code: string): boolean;
}

const COLUMNS: Record<CoverageImportKind, { required: string[]; optional: string[] }> = {
  'village-centres': { required: ['code', 'longitude', 'latitude', 'source'], optional: [] },
  'village-populations': { required: ['code', 'population', 'source', 'year'], optional: ['labour_force'] },
};

/**
 * Checks every row; the row number is the spreadsheet's (the header is row 1). Errors name the
 * column at fault. The caller writes nothing when any error is found.
 */
export function checkImport(
  kind: CoverageImportKind,
  text: string,
  villages: VillageCheck,
  currentYear: number,
): { errors: RowError[]; centres: CentreImportRow[]; populations: PopulationImportRow[]; totalRows: number } {
  const [header = [], ...body] = parseCsv(text);
  const names = header.map((name) => name.trim().toLowerCase());
  const errors: RowError[] = [];
  const add = (row: number, field: string, code: RowErrorCode, reason: string) => errors.push({ row, field, code, reason });
  const missing = COLUMNS[kind].required.filter((column) => !names.includes(column));
  for (const column of missing) add(1, column, 'column_missing', `缺少列 ${column}`);
  if (missing.length > 0) return { errors, centres: [], populations: [], totalRows: body.length };

  const centres: CentreImportRow[] = [];
  const populations: PopulationImportRow[] = [];
  const seen = new Set<string>();
  body.forEach((cells, index) => {
    const rowNo = index + 2;
    const cell = (column: string) => (cells[names.indexOf(column)] ?? '').trim();
    const before = errors.length;
    const code = cell('code');
    if (code === '') add(rowNo, 'code', 'required', '请填写村居代码');
    else if (!/^\d{12}$/.test(code) || !villages.exists(code)) add(rowNo, 'code', 'village_unknown', '没有这个村居代码');
    else if (!villages.inScope(code)) add(rowNo, 'code', 'out_of_scope', '该村居不在您的管辖范围内');
    else if (seen.has(code)) add(rowNo, 'code', 'duplicate', '该村居在表中重复出现');
    seen.add(code);
    const source = cell('source');
    if (source === '') add(rowNo, 'source', 'required', '请填写数据来源');
    else if (source.length > 200) add(rowNo, 'source', 'invalid', '来源不超过 200 字');

    if (kind === 'village-centres') {
      const lng = numberOf(cell('longitude'));
      const lat = numberOf(cell('latitude'));
      if (lng === null) add(rowNo, 'longitude', cell('longitude') === '' ? 'required' : 'invalid', '请填写经度（WGS-84，十进制度）');
      if (lat === null) add(rowNo, 'latitude', cell('latitude') === '' ? 'required' : 'invalid', '请填写纬度（WGS-84，十进制度）');
      if (lng !== null && lat !== null && !isInDistrictBounds({ lng, lat })) {
        add(rowNo, 'longitude', 'outside_district', '坐标不在本区范围内');
        add(rowNo, 'latitude', 'outside_district', '坐标不在本区范围内');
      }
      if (errors.length === before && lng !== null && lat !== null) centres.push({ villageCode: code, lng, lat, source });
    } else {
      const population = countOf(cell('population'));
      const labourText = names.includes('labour_force') ? cell('labour_force') : '';
      const labourForce = labourText === '' ? null : countOf(labourText);
      const year = countOf(cell('year'));
      if (population === null) add(rowNo, 'population', cell('population') === '' ? 'required' : 'invalid', '请填写人口数（非负整数）');
      if (labourText !== '' && labourForce === null) add(rowNo, 'labour_force', 'invalid', '劳动力数应为非负整数');
      if (population !== null && labourForce !== null && labourForce > population)
        add(rowNo, 'labour_force', 'invalid', '劳动力数不能大于人口数');
      if (year === null || year < 1950 || year > currentYear)
        add(rowNo, 'year', year === null && cell('year') === '' ? 'required' : 'invalid', '请填写统计年份');
      if (errors.length === before && population !== null && year !== null)
        populations.push({ villageCode: code, population, labourForce, source, year });
    }
  });
  return { errors, centres, populations, totalRows: body.length };
}

function numberOf(text: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

function countOf(text: string): number | null {
  if (!/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

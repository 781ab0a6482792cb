import type { PlanCandidate } from '@jobcircle/domain';

/** The map's colour bands by minutes to the nearest site (the table shows the minutes: colour is not the only cue). */
export const MINUTE_BANDS = [
  { max: 5, color: '#1a7a3c', label: '5 分钟内' },
  { max: 10, color: '#3f8f1f', label: '5–10 分钟' },
  { max: 15, color: '#8a6d00', label: '10–15 分钟' },
  { max: 30, color: '#c2410c', label: '15–30 分钟' },
  { max: Number.POSITIVE_INFINITY, color: '#a4161a', label: '30 分钟以上' },
] as const;
export const UNREACHABLE_COLOR = '#595959';
export const CANDIDATE_COLOR = '#1d4ed8';
export const CHOSEN_COLOR = '#7e22ce';

export function colorOfMinutes(minutes: number | null): string {
  if (minutes === null) return UNREACHABLE_COLOR;
  return MINUTE_BANDS.find((band) => minutes <= band.max)?.color ?? MINUTE_BANDS[4].color;
}

/** 0.8234 → "82.3%"; null (nothing to divide) → "—". */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

const NAME_COLUMNS = ['名称', 'name'];
const LNG_COLUMNS = ['经度', 'longitude', 'lng'];
const LAT_COLUMNS = ['纬度', 'latitude', 'lat'];

/**
 * Candidate places from a CSV (名称,经度,纬度 — or name,longitude,latitude; WGS-84): the rows that
 * read, and the row numbers (header = 1) of those that do not.
 */
export function parseCandidatesCsv(text: string): { candidates: PlanCandidate[]; badRows: number[] } {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '')));
  const header = (lines[0] ?? []).map((cell) => cell.toLowerCase());
  const column = (names: string[]) => header.findIndex((cell) => names.includes(cell));
  const [nameAt, lngAt, latAt] = [column(NAME_COLUMNS), column(LNG_COLUMNS), column(LAT_COLUMNS)];
  const candidates: PlanCandidate[] = [];
  const badRows: number[] = [];
  if (nameAt < 0 || lngAt < 0 || latAt < 0) return { candidates, badRows: [1] };
  lines.slice(1).forEach((cells, index) => {
    if (cells.every((cell) => cell === '')) return;
    const name = cells[nameAt] ?? '';
    const lng = Number(cells[lngAt]);
    const lat = Number(cells[latAt]);
    if (name === '' || !Number.isFinite(lng) || !Number.isFinite(lat) || cells[lngAt] === '' || cells[latAt] === '')
      badRows.push(index + 2);
    else candidates.push({ name, lng, lat });
  });
  return { candidates, badRows };
}

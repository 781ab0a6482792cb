import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { upsertRegions } from './regions.repository.ts';
import type { NewRegionRow } from './regions.table.ts';

/** apps/api/reference-data, found from here whether running from src/ or from the bundle in dist/. */
export function referenceDataDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'reference-data');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('reference-data folder not found');
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(referenceDataDir(), file), 'utf8').trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  // The shipped files hold no quoted fields (checked by the reference-data test).
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
}

function villageKind(name: string, statistical: boolean): NewRegionRow['village_kind'] {
  if (statistical) return 'virtual';
  return name.endsWith('居委会') ? 'urban' : 'rural';
}

/** The district's real divisions (NBS 2023) and town seats, as region rows. */
export function referenceRegions(): NewRegionRow[] {
  const seats = new Map(readCsv('chongming-town-seats.csv').map((row) => [row.code, row]));
  const statisticalTowns = new Set<string>();
  return readCsv('chongming-divisions-2023.csv').map((row): NewRegionRow => {
    const level = row.level as NewRegionRow['level'];
    const code = row.code as string;
    const name = row.name as string;
    if (level === 'district') return { code, level, name, parent_code: null, is_statistical: 0 };
    if (level === 'town') {
      // 前卫农场 (401), 东平林场 (402), 上实现代农业园区 (501): statistical units, not towns.
      const statistical = !/[镇乡]$/.test(name);
      if (statistical) statisticalTowns.add(code);
      const seat = seats.get(code);
      return {
        code,
        level,
        name,
        parent_code: row.parent_code ?? null,
        is_statistical: statistical ? 1 : 0,
        lng: seat ? Number(seat.lng_wgs84) : null,
        lat: seat ? Number(seat.lat_wgs84) : null,
      };
    }
    const statistical = statisticalTowns.has(row.parent_code ?? '');
    return {
      code,
      level,
      name,
      parent_code: row.parent_code ?? null,
      is_statistical: statistical ? 1 : 0,
      village_kind: villageKind(name, statistical),
    };
  });
}

export async function loadReferenceData(db: Kysely<Database>): Promise<void> {
  // Every row names every column, so one multi-row insert serves both databases.
  const rows = referenceRegions().map((row) => ({
    village_kind: null,
    lng: null,
    lat: null,
    ...row,
  }));
  await db.transaction().execute((trx) => upsertRegions(trx, rows));
}

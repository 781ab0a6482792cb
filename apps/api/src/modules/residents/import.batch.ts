import type { ImportRowError, KeyGroup, RegionScope } from '@jobcircle/domain';
import { shanghaiDate } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, systemScope } from '../../db/scope.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { type ImportRecord, importChanges, refusalOfExisting } from './import.rules.ts';
import {
  insertKeyGroups,
  insertResidents,
  insertStatusHistory,
  insertTimeline,
  selectKeyGroups,
  selectResidentsByIdBlind,
  updateResidentAtVersion,
} from './residents.repository.ts';
import { keyGroupRows, mobileColumns, newResidentRow, statusHistoryRow, timelineRow } from './residents.rows.ts';
import type {
  EmploymentStatusHistoryTable,
  NewResidentRow,
  ResidentKeyGroupsTable,
  ResidentRow,
  ResidentTimelineTable,
} from './residents.table.ts';

/** What one batch would do: new records, changes to existing residents, and the refused rows. */
export interface BatchPlan {
  inserts: ImportRecord[];
  updates: { record: ImportRecord; current: ResidentRow; currentGroups: KeyGroup[]; changes: string[] }[];
  unchanged: number;
  errors: ImportRowError[];
}

/** Who writes the batch, when, and from which file. */
export interface BatchWriter {
  actorId: string;
  scope: RegionScope;
  fileName: string;
  now: Date;
}

/** Rows per insert statement: well under both databases' limit on bound parameters. */
const ROWS_PER_INSERT = 200;

async function insertInChunks<T>(rows: readonly T[], size: number, insert: (chunk: readonly T[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Import batch writing: the preview plans batches; the job plans each again and writes it. */
export function createImportBatches(deps: { cipher: FieldCipher }) {
  const { cipher } = deps;

  /** Classifies a batch against what exists now (read in the caller's transaction). Writes nothing. */
  async function plan(trx: Executor<Database>, scope: RegionScope, batch: readonly ImportRecord[]): Promise<BatchPlan> {
    const blinds = batch.map((record) => cipher.blindIndex(record.idNumber));
    // Unscoped on purpose: an ID number is registered once in the district, and one registered
    // outside the importer's area must be refused rather than registered twice.
    const existing = new Map((await selectResidentsByIdBlind(trx, blinds)).map((row) => [row.id_number_blind, row]));
    const groups = await selectKeyGroups(
      trx,
      [...existing.values()].map((row) => row.id),
    );
    const result: BatchPlan = { inserts: [], updates: [], unchanged: 0, errors: [] };
    batch.forEach((record, i) => {
      const current = existing.get(blinds[i] as string);
      if (!current) {
        result.inserts.push(record);
        return;
      }
      const refusal = refusalOfExisting(scope, record, current);
      if (refusal) {
        result.errors.push(refusal);
        return;
      }
      const currentGroups = (groups.get(current.id) ?? []).map((g) => g.key_group);
      const changes = importChanges(current, record, currentGroups, record.mobile ? cipher.blindIndex(record.mobile) : null);
      if (changes.length === 0) result.unchanged += 1;
      else result.updates.push({ record, current, currentGroups, changes });
    });
    return result;
  }

  /** Plans the batch again inside the transaction and writes it: inserts, changes, status history, timeline. */
  async function apply(trx: Executor<Database>, writer: BatchWriter, batch: readonly ImportRecord[]): Promise<BatchPlan> {
    const planned = await plan(trx, writer.scope, batch);
    const today = shanghaiDate(writer.now);
    const source = `导入：${writer.fileName}`;
    const membership = (group: KeyGroup) => ({
      group,
      source,
      validFrom: today,
      hardshipCategory: group === 'hardship' ? ('other' as const) : null,
    });
    const residents: NewResidentRow[] = [];
    const keyGroups: ResidentKeyGroupsTable[] = [];
    const history: EmploymentStatusHistoryTable[] = [];
    const timeline: ResidentTimelineTable[] = [];
    const historyRow = (residentId: string, record: ImportRecord, previousStatus: ResidentRow['employment_status'] | null) =>
      statusHistoryRow({
        residentId,
        status: record.employmentStatus,
        previousStatus,
        effectiveDate: today,
        reason: source,
        changedBy: writer.actorId,
        at: writer.now,
      });

    for (const record of planned.inserts) {
      const row = newResidentRow(
        cipher,
        {
          placement: { districtCode: writer.scope.districtCode, townCode: record.townCode, villageCode: record.villageCode },
          name: record.name,
          idNumber: record.idNumber,
          mobile: record.mobile,
          hukouType: record.hukouType,
          address: record.address,
          education: record.education,
          employmentStatus: record.employmentStatus,
          skills: record.skills,
          consentChannel: 'written',
          consentDate: today,
        },
        writer.now,
      );
      residents.push(row);
      keyGroups.push(...keyGroupRows(row.id, record.keyGroups.map(membership)));
      history.push(historyRow(row.id, record, null));
      timeline.push(timelineRow({ residentId: row.id, kind: 'import', summary: `由${source}登记` }, writer.actorId, writer.now));
    }
    await insertInChunks(residents, ROWS_PER_INSERT, (chunk) => insertResidents(trx, chunk));

    for (const { record, current, currentGroups, changes } of planned.updates) {
      // The row was found by its ID number and its scope checked by `plan`; the version guards the
      // write, so the update itself runs as system work over the whole district.
      await updateResidentAtVersion(trx, systemScope(current.district_code), current.id, Number(current.version), {
        name: record.name,
        ...(record.mobile ? mobileColumns(cipher, record.mobile) : {}),
        ...(record.hukouType !== 'unknown' ? { hukou_type: record.hukouType } : {}),
        address: record.address,
        town_code: record.townCode,
        village_code: record.villageCode,
        ...(record.villageCode !== current.village_code ? { grid_code: null } : {}),
        ...(record.education !== 'unknown' ? { education: record.education } : {}),
        ...(record.employmentStatus !== 'unknown' ? { employment_status: record.employmentStatus } : {}),
        ...(record.skills.length > 0 ? { skills: JSON.stringify(record.skills) } : {}),
        updated_at: writer.now.toISOString(),
      });
      keyGroups.push(...keyGroupRows(current.id, record.keyGroups.filter((g) => !currentGroups.includes(g)).map(membership)));
      if (changes.includes('employmentStatus')) history.push(historyRow(current.id, record, current.employment_status));
      timeline.push(
        timelineRow(
          { residentId: current.id, kind: 'import', summary: `${source}更新了 ${changes.length} 项` },
          writer.actorId,
          writer.now,
        ),
      );
    }
    await insertInChunks(keyGroups, 500, (chunk) => insertKeyGroups(trx, chunk));
    await insertInChunks(history, 500, (chunk) => insertStatusHistory(trx, chunk));
    await insertInChunks(timeline, 500, (chunk) => insertTimeline(trx, chunk));
    return planned;
  }

  return { plan, apply };
}
export type ImportBatches = ReturnType<typeof createImportBatches>;

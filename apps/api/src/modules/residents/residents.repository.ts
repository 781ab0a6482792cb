import type { ListResidentsQuery, RegionScope } from '@jobcircle/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, likeContains, pageWithTotal } from '../../db/scope.ts';
import { initialsToken, nameTokens, queryToken, type ReaderView } from './residents.rules.ts';
import type {
  AssistanceFileRow,
  AssistanceFilesTable,
  EmploymentStatusHistoryRow,
  EmploymentStatusHistoryTable,
  NewResidentRow,
  ResidentImportRow,
  ResidentImportsTable,
  ResidentKeyGroupRow,
  ResidentKeyGroupsTable,
  ResidentRow,
  ResidentRowUpdate,
  ResidentTimelineRow,
  ResidentTimelineTable,
} from './residents.table.ts';

export type ResidentWithNames = ResidentRow & { town_name: string; village_name: string };

function residentsWithNames(db: Executor<Database>) {
  return db
    .selectFrom('residents')
    .innerJoin('regions as town', 'town.code', 'residents.town_code')
    .innerJoin('regions as village', 'village.code', 'residents.village_code')
    .selectAll('residents')
    .select(['town.name as town_name', 'village.name as village_name']);
}

export async function findResidentById(db: Executor<Database>, scope: RegionScope, id: string): Promise<ResidentWithNames | undefined> {
  return residentsWithNames(db)
    .where('residents.id', '=', id)
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .executeTakeFirst();
}

/** Several residents in scope, by id, in one query (those out of scope are simply absent). */
export async function selectResidentsByIds(
  db: Executor<Database>,
  scope: RegionScope,
  ids: readonly string[],
): Promise<ResidentWithNames[]> {
  if (ids.length === 0) return [];
  return residentsWithNames(db)
    .where('residents.id', 'in', [...new Set(ids)])
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .execute();
}

/** Where a resident in scope lives; undefined when there is no such resident in scope. */
export async function findResidentRegion(db: Executor<Database>, scope: RegionScope, id: string) {
  return db
    .selectFrom('residents')
    .select(['district_code', 'town_code', 'village_code', 'grid_code'])
    .where('id', '=', id)
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .executeTakeFirst();
}

/** A resident's encrypted mobile, whatever the scope: only the SMS outbox reads it (system work). */
export async function findMobileCipher(db: Executor<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('residents').select('mobile_cipher').where('id', '=', id).executeTakeFirst();
  return row?.mobile_cipher ?? null;
}

/**
 * The page of residents the filters select, with the total, in one query. Sorting by `birthDate`
 * for a reader not shown birth dates sorts by the year of the age (birth year, plus one while this
 * year's birthday is still to come), so that the order tells no more than the age does.
 */
export async function selectResidentPage(
  db: Kysely<Database>,
  scope: RegionScope,
  query: Omit<ListResidentsQuery, 'page' | 'pageSize'> & { page: number; pageSize: number },
  view: ReaderView,
): Promise<{ rows: ResidentWithNames[]; total: number }> {
  const q = query.q?.trim();
  const initials = q && /^[a-zA-Z]+$/.test(q) ? q.toLowerCase() : undefined;
  const last4 = query.last4?.toUpperCase();
  const filtered = residentsWithNames(db)
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .$if(!query.includeMerged, (qb) => qb.where('residents.merged_into_id', 'is', null))
    .$if(Boolean(q), (qb) =>
      qb.where((eb) => {
        // The token index narrows to names holding the query's first two characters; LIKE confirms.
        const byName = eb.and([
          eb(
            'residents.id',
            'in',
            eb
              .selectFrom('resident_name_tokens')
              .select('resident_name_tokens.resident_id')
              .where('resident_name_tokens.token', '=', queryToken(q as string)),
          ),
          eb('residents.name', 'like', likeContains(q as string)),
        ]);
        if (!initials) return byName;
        const byInitials = eb(
          'residents.id',
          'in',
          eb
            .selectFrom('resident_name_tokens')
            .select('resident_name_tokens.resident_id')
            .where('resident_name_tokens.token', '=', initialsToken(initials)),
        );
        return eb.or([byInitials, byName]);
      }),
    )
    .$if(last4 !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('residents.id_number_last4', '=', last4 as string), eb('residents.mobile_last4', '=', last4 as string)])),
    )
    .$if(query.townCode !== undefined, (qb) => qb.where('residents.town_code', '=', query.townCode as string))
    .$if(query.villageCode !== undefined, (qb) => qb.where('residents.village_code', '=', query.villageCode as string))
    .$if(query.gridCode !== undefined, (qb) => qb.where('residents.grid_code', '=', query.gridCode as string))
    .$if(query.status !== undefined, (qb) =>
      qb.where('residents.employment_status', '=', query.status as NonNullable<ListResidentsQuery['status']>),
    )
    .$if(query.keyGroup !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('resident_key_groups')
            .select('resident_key_groups.id')
            .whereRef('resident_key_groups.resident_id', '=', 'residents.id')
            .where('resident_key_groups.key_group', '=', query.keyGroup as NonNullable<ListResidentsQuery['keyGroup']>),
        ),
      ),
    )
    .$if(query.intention !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('resident_intention_occupations')
            .select('resident_intention_occupations.occupation_code')
            .whereRef('resident_intention_occupations.resident_id', '=', 'residents.id')
            .where('resident_intention_occupations.occupation_code', '=', query.intention as string),
        ),
      ),
    );
  const ageYear = sql<number>`cast(substr(${sql.ref('residents.birth_date')}, 1, 4) as integer) + case when substr(${sql.ref('residents.birth_date')}, 6) > ${view.today.slice(5)} then 1 else 0 end`;
  const sortColumn = (
    {
      name: 'residents.name',
      updatedAt: 'residents.updated_at',
      birthDate: view.birthDates ? 'residents.birth_date' : ageYear,
      villageCode: 'residents.village_code',
    } as const
  )[query.sort];
  const rows = await filtered
    .select((eb) => eb.fn.countAll().over().as('total_count'))
    .orderBy(sortColumn, query.order)
    .orderBy('residents.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return pageWithTotal(rows, query.page, async () =>
    Number(
      (
        await filtered
          .clearSelect()
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );
}

/** Unscoped: an ID number is registered once in the whole district. */
export async function selectResidentsByIdBlind(db: Executor<Database>, blinds: readonly string[]): Promise<ResidentRow[]> {
  if (blinds.length === 0) return [];
  return db
    .selectFrom('residents')
    .selectAll()
    .where('id_number_blind', 'in', [...blinds])
    .execute();
}

/** Inserts residents with their name tokens. */
export async function insertResidents(trx: Executor<Database>, rows: readonly NewResidentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('residents')
    .values([...rows])
    .execute();
  const tokens = rows.flatMap((row) => nameTokens(row.name).map((token) => ({ resident_id: row.id, token })));
  for (let i = 0; i < tokens.length; i += 1000)
    await trx
      .insertInto('resident_name_tokens')
      .values(tokens.slice(i, i + 1000))
      .execute();
}

/** A renamed resident's tokens follow the name. */
export async function replaceNameTokens(trx: Executor<Database>, residentId: string, name: string): Promise<void> {
  await trx.deleteFrom('resident_name_tokens').where('resident_id', '=', residentId).execute();
  await trx
    .insertInto('resident_name_tokens')
    .values(nameTokens(name).map((token) => ({ resident_id: residentId, token })))
    .execute();
}

/** Fresh planner statistics after bulk writes, so searches keep choosing the right index. */
export async function refreshResidentStatistics(db: Executor<Database>): Promise<void> {
  await sql`analyze residents`.execute(db);
}

export async function updateResidentAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: ResidentRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('residents')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function selectKeyGroups(db: Executor<Database>, residentIds: readonly string[]): Promise<Map<string, ResidentKeyGroupRow[]>> {
  const groups = new Map<string, ResidentKeyGroupRow[]>(residentIds.map((id) => [id, []]));
  if (residentIds.length === 0) return groups;
  const rows = await db
    .selectFrom('resident_key_groups')
    .selectAll()
    .where('resident_id', 'in', [...residentIds])
    .orderBy('valid_from')
    .execute();
  for (const row of rows) groups.get(row.resident_id)?.push(row);
  return groups;
}

export async function insertKeyGroups(trx: Executor<Database>, rows: readonly ResidentKeyGroupsTable[]): Promise<void> {
  if (rows.length > 0)
    await trx
      .insertInto('resident_key_groups')
      .values([...rows])
      .execute();
}

export async function deleteKeyGroups(trx: Executor<Database>, residentId: string): Promise<void> {
  await trx.deleteFrom('resident_key_groups').where('resident_id', '=', residentId).execute();
}

export async function replaceIntentionOccupations(trx: Executor<Database>, residentId: string, codes: readonly string[]): Promise<void> {
  await trx.deleteFrom('resident_intention_occupations').where('resident_id', '=', residentId).execute();
  if (codes.length > 0) {
    await trx
      .insertInto('resident_intention_occupations')
      .values([...new Set(codes)].map((occupation_code) => ({ resident_id: residentId, occupation_code })))
      .execute();
  }
}

export async function insertIntentionOccupations(
  trx: Executor<Database>,
  rows: readonly { resident_id: string; occupation_code: string }[],
): Promise<void> {
  if (rows.length > 0)
    await trx
      .insertInto('resident_intention_occupations')
      .values([...rows])
      .execute();
}

export async function insertStatusHistory(trx: Executor<Database>, rows: readonly EmploymentStatusHistoryTable[]): Promise<void> {
  if (rows.length > 0)
    await trx
      .insertInto('employment_status_history')
      .values([...rows])
      .execute();
}

export async function selectStatusHistory(db: Executor<Database>, residentId: string): Promise<EmploymentStatusHistoryRow[]> {
  return db
    .selectFrom('employment_status_history')
    .selectAll()
    .where('resident_id', '=', residentId)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function selectHouseholdMembers(db: Executor<Database>, scope: RegionScope, householdId: string): Promise<ResidentRow[]> {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('household_id', '=', householdId)
    .where('merged_into_id', 'is', null)
    .where(inScope(scope, 'residents', { hasGrid: true }))
    .orderBy('birth_date')
    .execute();
}

// ── assistance file and timeline ──

export async function findAssistanceFile(db: Executor<Database>, residentId: string): Promise<AssistanceFileRow | undefined> {
  return db.selectFrom('assistance_files').selectAll().where('resident_id', '=', residentId).executeTakeFirst();
}

export async function insertAssistanceFile(trx: Executor<Database>, row: AssistanceFilesTable): Promise<void> {
  await trx.insertInto('assistance_files').values(row).execute();
}

export async function updateAssistanceFileAtVersion(trx: Executor<Database>, row: AssistanceFilesTable, version: number): Promise<boolean> {
  const { resident_id, ...patch } = row;
  const result = await trx
    .updateTable('assistance_files')
    .set({ ...patch, version: version + 1 })
    .where('resident_id', '=', resident_id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertTimeline(trx: Executor<Database>, rows: readonly ResidentTimelineTable[]): Promise<void> {
  if (rows.length > 0)
    await trx
      .insertInto('resident_timeline')
      .values([...rows])
      .execute();
}

export async function selectTimeline(db: Executor<Database>, residentId: string, limit: number): Promise<ResidentTimelineRow[]> {
  return db
    .selectFrom('resident_timeline')
    .selectAll()
    .where('resident_id', '=', residentId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

// ── duplicates and merge ──

/** Pairs of unmerged residents in scope with the same name, birth date and village. */
export async function selectDuplicatePairs(db: Kysely<Database>, scope: RegionScope, limit: number): Promise<{ a: string; b: string }[]> {
  return db
    .selectFrom('residents as a')
    .innerJoin('residents as b', (join) =>
      join
        .onRef('a.name', '=', 'b.name')
        .onRef('a.birth_date', '=', 'b.birth_date')
        .onRef('a.village_code', '=', 'b.village_code')
        .onRef('a.id', '<', 'b.id'),
    )
    .where('a.merged_into_id', 'is', null)
    .where('b.merged_into_id', 'is', null)
    .where(inScope(scope, 'a', { hasGrid: true }))
    .where(inScope(scope, 'b', { hasGrid: true }))
    .select(['a.id as a', 'b.id as b'])
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

/** Moves what belongs to a merged resident onto the kept one (both histories survive). */
export async function moveResidentRecords(trx: Executor<Database>, fromId: string, toId: string): Promise<void> {
  await trx.updateTable('resident_key_groups').set({ resident_id: toId }).where('resident_id', '=', fromId).execute();
  await trx.updateTable('employment_status_history').set({ resident_id: toId }).where('resident_id', '=', fromId).execute();
  await trx.updateTable('resident_timeline').set({ resident_id: toId }).where('resident_id', '=', fromId).execute();
  await trx.deleteFrom('resident_intention_occupations').where('resident_id', '=', fromId).execute();
}

export async function moveAssistanceFile(trx: Executor<Database>, fromId: string, toId: string): Promise<void> {
  await trx.updateTable('assistance_files').set({ resident_id: toId }).where('resident_id', '=', fromId).execute();
}

// ── imports ──

export async function insertImport(trx: Executor<Database>, row: ResidentImportsTable): Promise<void> {
  await trx.insertInto('resident_imports').values(row).execute();
}

/** An import is seen only by the staff member who uploaded it. */
export async function findImport(db: Executor<Database>, staffId: string, id: string): Promise<ResidentImportRow | undefined> {
  return db.selectFrom('resident_imports').selectAll().where('id', '=', id).where('created_by', '=', staffId).executeTakeFirst();
}

/** Imports in a state, whoever made them (to resume those a restart interrupted). */
export async function selectImportsInState(db: Executor<Database>, state: ResidentImportRow['state']): Promise<ResidentImportRow[]> {
  return db.selectFrom('resident_imports').selectAll().where('state', '=', state).execute();
}

/** For the background worker, which already holds the job's owner. */
export async function findImportById(db: Executor<Database>, id: string): Promise<ResidentImportRow | undefined> {
  return db.selectFrom('resident_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateImport(trx: Executor<Database>, id: string, patch: Partial<Omit<ResidentImportsTable, 'id'>>): Promise<void> {
  await trx.updateTable('resident_imports').set(patch).where('id', '=', id).execute();
}

import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Frozen in time: imports nothing from the app (ARCHITECTURE §3). A resident may send a request from
// a site's public page (channel public_page): nobody received it in person, so the receiver becomes
// optional, and the sender's name and mobile are kept with the ticket — the mobile as AES-256-GCM
// cipher text, a keyed blind index and its masked form, never in plain text.

const CONTACT_COLUMNS = ['contact_name', 'contact_mobile_cipher', 'contact_mobile_blind', 'contact_mobile_masked'] as const;

function isSqlite(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * SQLite cannot change a column's NOT NULL: the table is rebuilt from its own definition with the
 * constraint edited (sqlite.org/lang_altertable.html, "other kinds of table schema changes"), with
 * foreign keys off so that dropping the old table does not cascade to the hand-over chain. Kysely
 * runs SQLite migrations outside a transaction, so the pragma takes effect; the rebuild itself is one.
 */
async function rebuildSqliteTickets(db: Kysely<any>, edit: (definition: string) => string): Promise<void> {
  const rows = await sql<{ type: string; sql: string | null }>`
    select type, sql from sqlite_master where tbl_name = 'tickets' and type in ('table', 'index')`.execute(db);
  const table = rows.rows.find((row) => row.type === 'table')?.sql;
  if (!table) throw new Error('tickets table not found');
  const edited = edit(table);
  if (edited === table) throw new Error('tickets definition not as expected');
  const indexes = rows.rows.filter((row) => row.type === 'index' && row.sql !== null).map((row) => row.sql as string);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(edited.replace(/^create table "?tickets"?/i, 'create table "tickets_rebuilt"')).execute(trx);
      const columns = (await sql<{ name: string }>`select name from pragma_table_info('tickets')`.execute(trx)).rows
        .map((row) => `"${row.name}"`)
        .join(', ');
      await sql.raw(`insert into "tickets_rebuilt" (${columns}) select ${columns} from "tickets"`).execute(trx);
      await sql`drop table "tickets"`.execute(trx);
      await sql`alter table "tickets_rebuilt" rename to "tickets"`.execute(trx);
      for (const index of indexes) await sql.raw(index).execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error('foreign keys broken by the tickets rebuild');
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

const NOT_NULL_RECEIVER = /("received_by_staff_id" text) not null/i;

export async function up(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) {
    await rebuildSqliteTickets(db, (definition) => definition.replace(NOT_NULL_RECEIVER, '$1'));
  } else {
    await db.schema
      .alterTable('tickets')
      .alterColumn('received_by_staff_id', (c) => c.dropNotNull())
      .execute();
  }
  for (const column of CONTACT_COLUMNS) await db.schema.alterTable('tickets').addColumn(column, 'text').execute();
  // Finding the earlier requests of the same sender without decrypting.
  await db.schema.createIndex('tickets_contact_mobile_blind_idx').on('tickets').column('contact_mobile_blind').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_contact_mobile_blind_idx').execute();
  for (const column of [...CONTACT_COLUMNS].reverse()) await db.schema.alterTable('tickets').dropColumn(column).execute();
  // A ticket nobody received cannot be kept under the old constraint (its chain goes with it).
  await db.deleteFrom('tickets').where('received_by_staff_id', 'is', null).execute();
  if (isSqlite(db)) {
    await rebuildSqliteTickets(db, (definition) => definition.replace(/("received_by_staff_id" text)(?! not null)/i, '$1 not null'));
  } else {
    await db.schema
      .alterTable('tickets')
      .alterColumn('received_by_staff_id', (c) => c.setNotNull())
      .execute();
  }
}

import type { ComplaintCategory, ComplaintState, RegionScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope, pageWithTotal } from '../../db/scope.ts';
import type {
  ComplaintEventsTable,
  ComplaintRow,
  ComplaintRowUpdate,
  FeedbackLinkRow,
  NewComplaintEventRow,
  NewComplaintRow,
  NewFeedbackLinkRow,
} from './feedback.table.ts';

// ── rating links ──

export async function findLinkByServiceRecord(db: Executor<Database>, serviceRecordId: string): Promise<FeedbackLinkRow | undefined> {
  return db.selectFrom('feedback_links').selectAll().where('service_record_id', '=', serviceRecordId).executeTakeFirst();
}

/** Unscoped on purpose: the token is the resident's only key; the caller shows no personal data. */
export async function findLinkByTokenHash(
  db: Executor<Database>,
  tokenHash: string,
): Promise<(FeedbackLinkRow & { site_name: string }) | undefined> {
  return db
    .selectFrom('feedback_links')
    .innerJoin('sites', 'sites.id', 'feedback_links.site_id')
    .selectAll('feedback_links')
    .select('sites.name as site_name')
    .where('feedback_links.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function insertLink(trx: Executor<Database>, row: NewFeedbackLinkRow): Promise<void> {
  await trx.insertInto('feedback_links').values(row).execute();
}

/** A new token for a link not rated yet (the old token stops working). */
export async function replaceUnratedToken(
  trx: Executor<Database>,
  id: string,
  tokenHash: string,
  issuedBy: string,
  issuedAt: string,
  expiresAt: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('feedback_links')
    .set({ token_hash: tokenHash, issued_by: issuedBy, issued_at: issuedAt, expires_at: expiresAt })
    .where('id', '=', id)
    .where('rated_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Writes the rating once: a second rating (even a simultaneous one) changes nothing and answers false. */
export async function writeRatingOnce(
  trx: Executor<Database>,
  id: string,
  rating: number,
  comment: string | null,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('feedback_links')
    .set({ rating, comment, rated_at: at })
    .where('id', '=', id)
    .where('rated_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Count, sum and distribution of the ratings in scope over a period of rating times. */
export async function selectRatingCounts(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: { siteId?: string | undefined; staffId?: string | undefined; fromIso?: string | undefined; toIso?: string | undefined },
): Promise<{ rating: number; n: number }[]> {
  const rows = await db
    .selectFrom('feedback_links')
    .where(inScope(scope, 'feedback_links'))
    .where('rating', 'is not', null)
    .$if(filters.siteId !== undefined, (qb) => qb.where('site_id', '=', filters.siteId as string))
    .$if(filters.staffId !== undefined, (qb) => qb.where('staff_id', '=', filters.staffId as string))
    .$if(filters.fromIso !== undefined, (qb) => qb.where('rated_at', '>=', filters.fromIso as string))
    .$if(filters.toIso !== undefined, (qb) => qb.where('rated_at', '<', filters.toIso as string))
    .select(['rating', (eb) => eb.fn.countAll().as('n')])
    .groupBy('rating')
    .execute();
  return rows.map((row) => ({ rating: Number(row.rating), n: Number(row.n) }));
}

// ── complaints ──

export type ComplaintWithNames = ComplaintRow & { site_name: string; staff_name: string | null; handler_name: string };

function complaintsWithNames(db: Executor<Database>) {
  return db
    .selectFrom('complaints as c')
    .innerJoin('sites', 'sites.id', 'c.site_id')
    .innerJoin('staff as handler', 'handler.id', 'c.handler_staff_id')
    .leftJoin('staff', 'staff.id', 'c.staff_id')
    .selectAll('c')
    .select(['sites.name as site_name', 'staff.display_name as staff_name', 'handler.display_name as handler_name']);
}

export async function findComplaintById(db: Executor<Database>, scope: RegionScope, id: string): Promise<ComplaintWithNames | undefined> {
  return complaintsWithNames(db).where('c.id', '=', id).where(inScope(scope, 'c')).executeTakeFirst();
}

export async function selectComplaintPage(
  db: Kysely<Database>,
  scope: RegionScope,
  filters: {
    state?: ComplaintState | undefined;
    siteId?: string | undefined;
    handlerStaffId?: string | undefined;
    category?: ComplaintCategory | undefined;
  },
  page: { page: number; pageSize: number },
): Promise<{ rows: ComplaintWithNames[]; total: number }> {
  const filtered = db
    .selectFrom('complaints as c')
    .where(inScope(scope, 'c'))
    .$if(filters.state !== undefined, (qb) => qb.where('c.state', '=', filters.state as ComplaintState))
    .$if(filters.siteId !== undefined, (qb) => qb.where('c.site_id', '=', filters.siteId as string))
    .$if(filters.handlerStaffId !== undefined, (qb) => qb.where('c.handler_staff_id', '=', filters.handlerStaffId as string))
    .$if(filters.category !== undefined, (qb) => qb.where('c.category', '=', filters.category as ComplaintCategory));
  const rows = await filtered
    .innerJoin('sites', 'sites.id', 'c.site_id')
    .innerJoin('staff as handler', 'handler.id', 'c.handler_staff_id')
    .leftJoin('staff', 'staff.id', 'c.staff_id')
    .selectAll('c')
    .select([
      'sites.name as site_name',
      'staff.display_name as staff_name',
      'handler.display_name as handler_name',
      (eb) => eb.fn.countAll().over().as('total_count'),
    ])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return pageWithTotal(rows, page.page, async () =>
    Number((await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  );
}

export async function insertComplaint(trx: Executor<Database>, row: NewComplaintRow): Promise<void> {
  await trx.insertInto('complaints').values(row).execute();
}

export async function updateComplaintAtVersion(
  trx: Executor<Database>,
  scope: RegionScope,
  id: string,
  version: number,
  patch: ComplaintRowUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('complaints')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(inScope(scope, 'complaints'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertComplaintEvent(trx: Executor<Database>, row: NewComplaintEventRow): Promise<void> {
  await trx.insertInto('complaint_events').values(row).execute();
}

export async function selectComplaintEvents(
  db: Executor<Database>,
  complaintId: string,
): Promise<(Pick<ComplaintEventsTable, 'at' | 'action' | 'text'> & { staff_name: string })[]> {
  return db
    .selectFrom('complaint_events as e')
    .innerJoin('staff', 'staff.id', 'e.staff_id')
    .select(['e.at', 'e.action', 'e.text', 'staff.display_name as staff_name'])
    .where('e.complaint_id', '=', complaintId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** An active staff member of the district (a complaint's handler or the person complained about). */
export async function findActiveStaff(db: Executor<Database>, districtCode: string, id: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('staff')
    .select('id')
    .where('id', '=', id)
    .where('district_code', '=', districtCode)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

export async function findSiteRegion(
  db: Executor<Database>,
  id: string,
): Promise<{ district_code: string; town_code: string; village_code: string | null } | undefined> {
  return db.selectFrom('sites').select(['district_code', 'town_code', 'village_code']).where('id', '=', id).executeTakeFirst();
}

import {
  type AddContactLogBody,
  type ContactLog,
  type CreateEmployerBody,
  type Employer,
  type EmployerContactBody,
  type EmployerKind,
  employerIssues,
  industrySectionOf,
  type ListContactLogsQuery,
  type ListEmployersQuery,
  maskContactPhone,
  type Page,
  type UpdateEmployerBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import {
  type ContactLogWithStaff,
  type EmployerWithNames,
  findEmployerById,
  findEmployerIdByCreditCode,
  insertContact,
  insertContactLog,
  insertEmployer,
  selectContactLogPage,
  selectContacts,
  selectEmployerPage,
  updateEmployerAtVersion,
} from './employers.repository.ts';
import type { EmployerContactRow, EmployerRowUpdate } from './employers.table.ts';

/** A contact logged a little ahead of the server's clock (a phone's clock) is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

function toEmployer(row: EmployerWithNames, contacts: readonly EmployerContactRow[]): Employer {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    creditCode: row.credit_code,
    isKeyEmployer: Boolean(row.is_key_employer),
    industryDivision: row.industry_division,
    industrySection: row.industry_section,
    townCode: row.town_code,
    townName: row.town_name,
    villageCode: row.village_code,
    villageName: row.village_name,
    address: row.address,
    lng: row.lng === null ? null : Number(row.lng),
    lat: row.lat === null ? null : Number(row.lat),
    employeeCount: row.employee_count === null ? null : Number(row.employee_count),
    contacts: contacts.map((contact) => ({ id: contact.id, name: contact.name, role: contact.role, phoneMasked: contact.phone_masked })),
    isActive: Boolean(row.is_active),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toContactLog(row: ContactLogWithStaff): ContactLog {
  return {
    id: row.id,
    at: row.at,
    channel: row.channel,
    summary: row.summary,
    staffName: row.staff_name,
    jobsCollected: Number(row.jobs_collected),
  };
}

/** The changed fields' names, for the audit row (values stay out of the log). */
function changedFields(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((key) => key !== 'version' && body[key] !== undefined);
}

function sectionOf(division: Employer['industryDivision']) {
  const section = industrySectionOf(division);
  if (!section) throw validationError({ industryDivision: ['没有这个行业大类'] });
  return section;
}

/** Cross-field rules on the employer as it will be saved; errors name the field. */
function checkIssues(employer: { kind: EmployerKind; creditCode: string | null; lng: number | null; lat: number | null }) {
  const issues = employerIssues(employer);
  if (issues.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message];
  throw validationError(fieldErrors);
}

export function createEmployersService(deps: { db: Kysely<Database>; audit: AuditService; regions: RegionDirectory; cipher: FieldCipher }) {
  const { db, audit, regions, cipher } = deps;

  async function loadRow(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<EmployerWithNames> {
    const row = await findEmployerById(trx, ctx.actor.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** Contacts and visits are recorded only for an employer in use. */
  async function loadActiveRow(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<EmployerWithNames> {
    const row = await loadRow(trx, ctx, id);
    if (!row.is_active) throw new AppError('EMPLOYER_INACTIVE');
    return row;
  }

  async function loadEmployer(trx: Executor<Database>, ctx: ServiceContext, id: string): Promise<Employer> {
    const row = await loadRow(trx, ctx, id);
    const contacts = await selectContacts(trx, ctx.actor.scope, [id]);
    return toEmployer(row, contacts.get(id) ?? []);
  }

  /** A credit code names one employer only; `id` is the employer being edited, which may keep its own. */
  async function checkCreditCode(trx: Executor<Database>, creditCode: string | null, id?: string) {
    if (!creditCode) return;
    const holder = await findEmployerIdByCreditCode(trx, creditCode);
    if (holder !== undefined && holder !== id) {
      throw new AppError('EMPLOYER_CREDIT_CODE_TAKEN', { fieldErrors: { creditCode: ['该统一社会信用代码已登记'] } });
    }
  }

  function regionOf(row: Pick<EmployerWithNames, 'district_code' | 'town_code' | 'village_code'>) {
    return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code };
  }

  return {
    async listEmployers(ctx: ServiceContext, query: ListEmployersQuery): Promise<Page<Employer>> {
      const { rows, total } = await selectEmployerPage(db, ctx.actor.scope, query);
      const contacts = await selectContacts(
        db,
        ctx.actor.scope,
        rows.map((row) => row.id),
      );
      return {
        items: rows.map((row) => toEmployer(row, contacts.get(row.id) ?? [])),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    getEmployer(ctx: ServiceContext, id: string): Promise<Employer> {
      return loadEmployer(db, ctx, id);
    },

    async createEmployer(ctx: ServiceContext, body: CreateEmployerBody): Promise<Employer> {
      return db.transaction().execute(async (trx) => {
        const placement = await regions.placeInTown(ctx.actor.scope, body.townCode, body.villageCode);
        const creditCode = body.creditCode ?? null;
        await checkCreditCode(trx, creditCode);
        const id = newId();
        const at = ctx.now.toISOString();
        await insertEmployer(trx, {
          id,
          kind: body.kind,
          name: body.name,
          credit_code: creditCode,
          is_key_employer: body.isKeyEmployer ? 1 : 0,
          industry_division: body.industryDivision,
          industry_section: sectionOf(body.industryDivision),
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          address: body.address,
          lng: body.lng ?? null,
          lat: body.lat ?? null,
          employee_count: body.employeeCount ?? null,
          is_active: 1,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, ctx, {
          action: 'employer.create',
          entityType: 'employer',
          entityId: id,
          region: placement,
          details: { kind: body.kind },
        });
        return loadEmployer(trx, ctx, id);
      });
    },

    async updateEmployer(ctx: ServiceContext, id: string, body: UpdateEmployerBody): Promise<Employer> {
      return db.transaction().execute(async (trx) => {
        const current = await loadEmployer(trx, ctx, id);
        assertVersion(current.version, body.version);
        const merged = { ...current, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as Employer;
        checkIssues(merged);
        const placement = await regions.placeInTown(ctx.actor.scope, merged.townCode, merged.villageCode);
        await checkCreditCode(trx, merged.creditCode, id);
        const patch: EmployerRowUpdate = {
          kind: merged.kind,
          name: merged.name,
          credit_code: merged.creditCode,
          is_key_employer: merged.isKeyEmployer ? 1 : 0,
          industry_division: merged.industryDivision,
          industry_section: sectionOf(merged.industryDivision),
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          address: merged.address,
          lng: merged.lng,
          lat: merged.lat,
          employee_count: merged.employeeCount,
          updated_at: ctx.now.toISOString(),
        };
        assertUpdated(await updateEmployerAtVersion(trx, ctx.actor.scope, id, body.version, patch));
        await audit.record(trx, ctx, {
          action: 'employer.update',
          entityType: 'employer',
          entityId: id,
          region: placement,
          details: { fields: changedFields(body) },
        });
        return loadEmployer(trx, ctx, id);
      });
    },

    async setEmployerActive(ctx: ServiceContext, id: string, version: number, active: boolean): Promise<Employer> {
      return db.transaction().execute(async (trx) => {
        const current = await loadRow(trx, ctx, id);
        assertVersion(current.version, version);
        const patch = { is_active: active ? 1 : 0, updated_at: ctx.now.toISOString() };
        assertUpdated(await updateEmployerAtVersion(trx, ctx.actor.scope, id, version, patch));
        await audit.record(trx, ctx, {
          action: active ? 'employer.reactivate' : 'employer.deactivate',
          entityType: 'employer',
          entityId: id,
          region: regionOf(current),
        });
        return loadEmployer(trx, ctx, id);
      });
    },

    /** Adds a contact person; the phone is stored encrypted with its masked form, never in plain text. */
    async addContact(ctx: ServiceContext, id: string, body: EmployerContactBody): Promise<Employer> {
      return db.transaction().execute(async (trx) => {
        const current = await loadActiveRow(trx, ctx, id);
        const contactId = newId();
        await insertContact(trx, {
          id: contactId,
          employer_id: id,
          name: body.name,
          role: body.role,
          phone_cipher: cipher.encrypt(body.phone),
          phone_masked: maskContactPhone(body.phone),
          created_at: ctx.now.toISOString(),
        });
        await audit.record(trx, ctx, {
          action: 'employer.add_contact',
          entityType: 'employer',
          entityId: id,
          region: regionOf(current),
          details: { contactId },
        });
        return loadEmployer(trx, ctx, id);
      });
    },

    async listContactLogs(ctx: ServiceContext, id: string, query: ListContactLogsQuery): Promise<Page<ContactLog>> {
      await loadRow(db, ctx, id);
      const { rows, total } = await selectContactLogPage(db, ctx.actor.scope, id, query);
      return { items: rows.map(toContactLog), total, page: query.page, pageSize: query.pageSize };
    },

    /** Appends one contact (a visit, a call …) to the employer's history, made by the signed-in staff member. */
    async addContactLog(ctx: ServiceContext, id: string, body: AddContactLogBody): Promise<ContactLog> {
      const at = body.at === undefined ? ctx.now : new Date(body.at);
      if (at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) throw validationError({ at: ['联系时间不能晚于当前时间'] });
      return db.transaction().execute(async (trx) => {
        const current = await loadActiveRow(trx, ctx, id);
        const logId = newId();
        await insertContactLog(trx, {
          id: logId,
          employer_id: id,
          at: at.toISOString(),
          channel: body.channel,
          summary: body.summary,
          staff_id: ctx.actor.staffId,
          jobs_collected: body.jobsCollected,
          created_at: ctx.now.toISOString(),
        });
        await audit.record(trx, ctx, {
          action: 'employer.add_contact_log',
          entityType: 'employer',
          entityId: id,
          region: regionOf(current),
          details: { logId, channel: body.channel, jobsCollected: body.jobsCollected },
        });
        return {
          id: logId,
          at: at.toISOString(),
          channel: body.channel,
          summary: body.summary,
          staffName: ctx.actor.displayName,
          jobsCollected: body.jobsCollected,
        };
      });
    },
  };
}
export type EmployersService = ReturnType<typeof createEmployersService>;

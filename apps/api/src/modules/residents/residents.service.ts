import {
  type ChangeEmploymentStatusBody,
  type CreateResidentBody,
  CreateResidentBodySchema,
  type ListResidentsQuery,
  type Page,
  type RegionScope,
  type Resident,
  type ResidentSummary,
  shanghaiDate,
  type UnmaskBody,
  type UpdateResidentBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import { regionOfRow } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import type { StaffService } from '../accounts/staff.service.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { GridsService } from '../regions/grids.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import { households } from './households.service.ts';
import { loadResident } from './residents.access.ts';
import { toResident, toSummary } from './residents.mappers.ts';
import {
  deleteKeyGroups,
  insertIntentionOccupations,
  insertKeyGroups,
  insertResidents,
  insertStatusHistory,
  type ResidentWithNames,
  replaceIntentionOccupations,
  replaceNameTokens,
  selectKeyGroups,
  selectResidentPage,
  selectResidentsByIdBlind,
  selectStatusHistory,
  updateResidentAtVersion,
} from './residents.repository.ts';
import { keyGroupRows, mobileColumns, newResidentRow, statusHistoryRow } from './residents.rows.ts';
import { readerView } from './residents.rules.ts';
import type { ResidentRowUpdate } from './residents.table.ts';
import { recordTimeline } from './timeline.service.ts';

export type ResidentsServiceDeps = {
  db: Kysely<Database>;
  audit: AuditService;
  cipher: FieldCipher;
  regions: RegionDirectory;
  grids: GridsService;
  staff: StaffService;
};

/** A resident's file: register, read (audited), list, change, status, unmask. */
export function createResidentsService(deps: ResidentsServiceDeps) {
  const { db, audit, cipher, regions, grids, staff } = deps;

  async function toFile(trx: Executor<Database>, ctx: ServiceContext, row: ResidentWithNames): Promise<Resident> {
    const keyGroups = (await selectKeyGroups(trx, [row.id])).get(row.id) ?? [];
    const history = await selectStatusHistory(trx, row.id);
    return toResident(row, {
      keyGroups,
      history,
      householdMembers: await households.members(trx, ctx.actor.scope, row.household_id),
      staffNames: await staff.displayNames(history.flatMap((h) => (h.changed_by ? [h.changed_by] : []))),
      sensitive: ctx.actor.permissions.has('resident:read-sensitive'),
      view: readerView(ctx.actor.permissions, ctx.now),
    });
  }

  /** The file as the actor may see it, read after the change has committed. */
  async function view(ctx: ServiceContext, id: string): Promise<Resident> {
    return toFile(db, ctx, await loadResident(db, ctx.actor.scope, id));
  }

  /** Where a resident lives: a village of a town in the actor's scope, and optionally a grid of it. */
  async function place(
    trx: Executor<Database>,
    scope: RegionScope,
    townCode: string,
    villageCode: string,
    gridCode: string | null | undefined,
  ) {
    const placement = await regions.placeInTown(scope, townCode, villageCode);
    if (gridCode) {
      const grid = await grids.findActiveGrid(trx, gridCode);
      if (grid?.villageCode !== villageCode) throw validationError({ gridCode: ['网格不属于所选村居'] });
      if (scope.level === 'grid' && scope.gridCode !== gridCode)
        throw new AppError('REGION_OUT_OF_SCOPE', { fieldErrors: { gridCode: ['不在您的管辖范围内'] } });
    }
    return { districtCode: placement.districtCode, townCode, villageCode, gridCode: gridCode ?? null };
  }

  /** Loads a resident that may still change: not merged, at the version the caller read. */
  async function loadForChange(trx: Executor<Database>, ctx: ServiceContext, id: string, version: number) {
    const current = await loadResident(trx, ctx.actor.scope, id);
    if (current.merged_into_id) throw new AppError('RESIDENT_MERGED');
    if (Number(current.version) !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(current.version) });
    return current;
  }

  return {
    view,

    async listResidents(ctx: ServiceContext, query: ListResidentsQuery): Promise<Page<ResidentSummary>> {
      const view = readerView(ctx.actor.permissions, ctx.now);
      const { rows, total } = await selectResidentPage(db, ctx.actor.scope, query, view);
      const groups = await selectKeyGroups(
        db,
        rows.map((row) => row.id),
      );
      return {
        items: rows.map((row) => toSummary(row, groups.get(row.id) ?? [], view)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Opening a resident's file is itself audited (PIPL; 等保 8.1.4.3). */
    async getResident(ctx: ServiceContext, id: string): Promise<Resident> {
      const row = await loadResident(db, ctx.actor.scope, id);
      const resident = await toFile(db, ctx, row);
      await db
        .transaction()
        .execute((trx) =>
          audit.record(trx, ctx, { action: 'resident.read', entityType: 'resident', entityId: id, region: regionOfRow(row) }),
        );
      return resident;
    },

    async createResident(ctx: ServiceContext, input: CreateResidentBody): Promise<Resident> {
      const body = CreateResidentBodySchema.parse(input);
      const placement = await place(db, ctx.actor.scope, body.townCode, body.villageCode, body.gridCode);
      const id = await db.transaction().execute(async (trx) => {
        const row = newResidentRow(
          cipher,
          {
            placement,
            name: body.name,
            idNumber: body.idNumber,
            mobile: body.mobile,
            hukouType: body.hukouType,
            address: body.address,
            education: body.education,
            employmentStatus: body.employmentStatus,
            occupations: body.occupations,
            skills: body.skills,
            certificates: body.certificates,
            hasDisability: body.hasDisability,
            healthNote: body.healthNote ?? null,
            jobIntention: body.jobIntention ?? null,
            consentChannel: body.consentChannel,
            consentDate: body.consentDate,
          },
          ctx.now,
        );
        if ((await selectResidentsByIdBlind(trx, [row.id_number_blind])).length > 0) {
          throw new AppError('RESIDENT_ID_NUMBER_TAKEN', { fieldErrors: { idNumber: ['该身份证号已登记'] } });
        }
        const householdId = await households.join(trx, ctx, row.id, body.householdId);
        if (householdId) {
          row.household_id = householdId;
          row.household_relation = body.householdRelation ?? 'other';
        }
        await insertResidents(trx, [row]);
        await insertKeyGroups(trx, keyGroupRows(row.id, body.keyGroups));
        await insertIntentionOccupations(
          trx,
          (body.jobIntention?.occupations ?? []).map((occupation_code) => ({ resident_id: row.id, occupation_code })),
        );
        await insertStatusHistory(trx, [
          statusHistoryRow({
            residentId: row.id,
            status: body.employmentStatus,
            previousStatus: null,
            effectiveDate: shanghaiDate(ctx.now),
            reason: '登记',
            changedBy: ctx.actor.staffId,
            at: ctx.now,
          }),
        ]);
        await recordTimeline(trx, ctx, { residentId: row.id, kind: 'register', summary: '登记入劳动力资源库' });
        await audit.record(trx, ctx, { action: 'resident.create', entityType: 'resident', entityId: row.id, region: placement });
        return row.id;
      });
      return view(ctx, id);
    },

    async updateResident(ctx: ServiceContext, id: string, body: UpdateResidentBody): Promise<Resident> {
      await db.transaction().execute(async (trx) => {
        const current = await loadForChange(trx, ctx, id, body.version);
        const placement = await place(
          trx,
          ctx.actor.scope,
          body.townCode ?? current.town_code,
          body.villageCode ?? current.village_code,
          body.gridCode !== undefined ? body.gridCode : current.grid_code,
        );
        const patch: ResidentRowUpdate = {
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          grid_code: placement.gridCode,
          updated_at: ctx.now.toISOString(),
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.mobile !== undefined ? mobileColumns(cipher, body.mobile) : {}),
          ...(body.hukouType !== undefined ? { hukou_type: body.hukouType } : {}),
          ...(body.address !== undefined ? { address: body.address } : {}),
          ...(body.education !== undefined ? { education: body.education } : {}),
          ...(body.occupations !== undefined ? { occupations: JSON.stringify(body.occupations) } : {}),
          ...(body.skills !== undefined ? { skills: JSON.stringify(body.skills) } : {}),
          ...(body.certificates !== undefined ? { certificates: JSON.stringify(body.certificates) } : {}),
          ...(body.hasDisability !== undefined ? { has_disability: body.hasDisability ? 1 : 0 } : {}),
          ...(body.healthNote !== undefined ? { health_note: body.healthNote } : {}),
          ...(body.jobIntention !== undefined ? { job_intention: body.jobIntention ? JSON.stringify(body.jobIntention) : null } : {}),
          ...(body.consentChannel !== undefined ? { consent_channel: body.consentChannel } : {}),
          ...(body.consentDate !== undefined ? { consent_date: body.consentDate } : {}),
        };
        if (body.householdId !== undefined) {
          const householdId = await households.join(trx, ctx, id, body.householdId);
          patch.household_id = householdId;
          patch.household_relation = householdId ? (body.householdRelation ?? current.household_relation ?? 'other') : null;
        } else if (body.householdRelation !== undefined) {
          patch.household_relation = body.householdRelation;
        }
        if (!(await updateResidentAtVersion(trx, ctx.actor.scope, id, body.version, patch))) throw new AppError('VERSION_CONFLICT');
        if (body.name !== undefined && body.name !== current.name) await replaceNameTokens(trx, id, body.name);
        if (body.keyGroups !== undefined) {
          await deleteKeyGroups(trx, id);
          await insertKeyGroups(trx, keyGroupRows(id, body.keyGroups));
        }
        if (body.jobIntention !== undefined) await replaceIntentionOccupations(trx, id, body.jobIntention?.occupations ?? []);
        const fields = Object.keys(body).filter((key) => key !== 'version');
        await recordTimeline(trx, ctx, { residentId: id, kind: 'update', summary: `更新了档案（${fields.length} 项）` });
        await audit.record(trx, ctx, {
          action: 'resident.update',
          entityType: 'resident',
          entityId: id,
          region: placement,
          details: { fields },
        });
      });
      return view(ctx, id);
    },

    /** A status change is kept with who, when and why (plan §三.一 动态更新就业失业状态). */
    async changeEmploymentStatus(ctx: ServiceContext, id: string, body: ChangeEmploymentStatusBody): Promise<Resident> {
      await db.transaction().execute(async (trx) => {
        const current = await loadForChange(trx, ctx, id, body.version);
        await updateResidentAtVersion(trx, ctx.actor.scope, id, body.version, {
          employment_status: body.status,
          updated_at: ctx.now.toISOString(),
        });
        await insertStatusHistory(trx, [
          statusHistoryRow({
            residentId: id,
            status: body.status,
            previousStatus: current.employment_status,
            effectiveDate: body.effectiveDate,
            reason: body.reason,
            changedBy: ctx.actor.staffId,
            at: ctx.now,
          }),
        ]);
        await recordTimeline(trx, ctx, { residentId: id, kind: 'status', summary: `就业状态变更：${body.reason}` });
        await audit.record(trx, ctx, {
          action: 'resident.status_change',
          entityType: 'resident',
          entityId: id,
          region: regionOfRow(current),
          details: { from: current.employment_status, to: body.status },
        });
      });
      return view(ctx, id);
    },

    /** The full numbers, for a stated reason; every unmasking is audited. The one read that decrypts. */
    async unmask(ctx: ServiceContext, id: string, body: UnmaskBody): Promise<{ idNumber?: string; mobile?: string | null }> {
      const row = await loadResident(db, ctx.actor.scope, id);
      await db.transaction().execute((trx) =>
        audit.record(trx, ctx, {
          action: 'resident.unmask',
          entityType: 'resident',
          entityId: id,
          region: regionOfRow(row),
          details: { fields: body.fields, reason: body.reason },
        }),
      );
      return {
        ...(body.fields.includes('idNumber') ? { idNumber: cipher.decrypt(row.id_number_cipher) } : {}),
        ...(body.fields.includes('mobile') ? { mobile: row.mobile_cipher ? cipher.decrypt(row.mobile_cipher) : null } : {}),
      };
    },
  };
}
export type ResidentsService = ReturnType<typeof createResidentsService>;

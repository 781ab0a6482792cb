import {
  type AssistanceFile,
  type ChangeEmploymentStatusBody,
  type CreateResidentBody,
  CreateResidentBodySchema,
  type DuplicatePair,
  isChongmingAreaCode,
  type JobIntention,
  type KeyGroupMembership,
  type ListResidentsQuery,
  type MergeResidentsBody,
  maskIdNumber,
  maskMobile,
  type Page,
  parseIdNumber,
  type RegionScope,
  type Resident,
  type ResidentSummary,
  type SaveAssistanceFileBody,
  type TimelineEntry,
  type UnmaskBody,
  type UpdateResidentBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { GridsService } from '../org/grids.service.ts';
import type { RegionDirectory } from '../org/regions.service.ts';
import type { StaffService } from '../org/staff.service.ts';
import {
  deleteKeyGroups,
  findAssistanceFile,
  findResidentById,
  insertAssistanceFile,
  insertIntentionOccupations,
  insertKeyGroups,
  insertResidents,
  insertStatusHistory,
  insertTimeline,
  moveAssistanceFile,
  moveResidentRecords,
  type ResidentWithNames,
  replaceIntentionOccupations,
  replaceNameTokens,
  selectDuplicatePairs,
  selectHouseholdMembers,
  selectKeyGroups,
  selectResidentPage,
  selectResidentsByIdBlind,
  selectStatusHistory,
  selectTimeline,
  updateAssistanceFileAtVersion,
  updateResidentAtVersion,
} from './residents.repository.ts';
import { ageOn, isMembershipCurrent, shanghaiDate } from './residents.rules.ts';
import type { NewResidentRow, ResidentKeyGroupRow, ResidentKeyGroupsTable, ResidentRowUpdate } from './residents.table.ts';

export type ResidentsServiceDeps = {
  db: Kysely<Database>;
  audit: AuditService;
  cipher: FieldCipher;
  regions: RegionDirectory;
  grids: GridsService;
  staff: StaffService;
};

/** The columns an ID number and a mobile become: cipher text, blind index, masked form, last four. */
export function protectedColumns(cipher: FieldCipher, idNumber: string, mobile: string | null | undefined) {
  const info = parseIdNumber(idNumber);
  if (!info.ok) throw validationError({ idNumber: ['身份证号不正确'] });
  return {
    id_number_cipher: cipher.encrypt(info.value.normalized),
    id_number_blind: cipher.blindIndex(info.value.normalized),
    id_number_masked: maskIdNumber(info.value.normalized),
    id_number_last4: info.value.normalized.slice(-4),
    birth_date: info.value.birthDate,
    sex: info.value.sex,
    ...mobileColumns(cipher, mobile),
  };
}

export function mobileColumns(cipher: FieldCipher, mobile: string | null | undefined) {
  return mobile
    ? {
        mobile_cipher: cipher.encrypt(mobile),
        mobile_blind: cipher.blindIndex(mobile),
        mobile_masked: maskMobile(mobile),
        mobile_last4: mobile.slice(-4),
      }
    : { mobile_cipher: null, mobile_blind: null, mobile_masked: null, mobile_last4: null };
}

export function keyGroupRows(residentId: string, memberships: readonly KeyGroupMembership[]): ResidentKeyGroupsTable[] {
  return memberships.map((m) => ({
    id: newId(),
    resident_id: residentId,
    key_group: m.group,
    source: m.source,
    valid_from: m.validFrom,
    valid_to: m.validTo ?? null,
    hardship_category: m.hardshipCategory ?? null,
    certifying_org: m.certifyingOrg ?? null,
  }));
}

function toMembership(row: ResidentKeyGroupRow): KeyGroupMembership {
  return {
    group: row.key_group,
    source: row.source,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    hardshipCategory: row.hardship_category as KeyGroupMembership['hardshipCategory'],
    certifyingOrg: row.certifying_org,
  };
}

export function toSummary(row: ResidentWithNames, keyGroups: readonly ResidentKeyGroupRow[], today: string): ResidentSummary {
  return {
    id: row.id,
    name: row.name,
    idNumberMasked: row.id_number_masked,
    mobileMasked: row.mobile_masked,
    sex: row.sex,
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, today),
    townCode: row.town_code,
    townName: row.town_name,
    villageCode: row.village_code,
    villageName: row.village_name,
    gridCode: row.grid_code,
    employmentStatus: row.employment_status,
    keyGroups: [
      ...new Set(
        keyGroups.filter((g) => isMembershipCurrent({ validFrom: g.valid_from, validTo: g.valid_to }, today)).map((g) => g.key_group),
      ),
    ],
    updatedAt: row.updated_at,
  };
}

export function createResidentsService(deps: ResidentsServiceDeps) {
  const { db, audit, cipher, regions, grids, staff } = deps;

  async function loadRow(trx: Executor<Database>, scope: RegionScope, id: string): Promise<ResidentWithNames> {
    const row = await findResidentById(trx, scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function toResident(trx: Executor<Database>, ctx: ServiceContext, row: ResidentWithNames): Promise<Resident> {
    const today = shanghaiDate(ctx.now);
    const memberships = (await selectKeyGroups(trx, [row.id])).get(row.id) ?? [];
    const history = await selectStatusHistory(trx, row.id);
    const names = await staff.displayNames(history.flatMap((h) => (h.changed_by ? [h.changed_by] : [])));
    const members = row.household_id ? await selectHouseholdMembers(trx, ctx.actor.scope, row.household_id) : [];
    const sensitive = ctx.actor.permissions.has('resident:read-sensitive');
    const info = parseIdNumber(cipher.decrypt(row.id_number_cipher));
    return {
      ...toSummary(row, memberships, today),
      hukouType: row.hukou_type,
      address: row.address,
      education: row.education,
      occupations: JSON.parse(row.occupations) as string[],
      skills: JSON.parse(row.skills) as string[],
      certificates: JSON.parse(row.certificates) as Resident['certificates'],
      hasDisability: sensitive ? Boolean(row.has_disability) : null,
      healthNote: sensitive ? row.health_note : null,
      householdId: row.household_id,
      householdRelation: row.household_relation as Resident['householdRelation'],
      householdMembers: members
        .filter((m) => m.id !== row.id)
        .map((m) => ({ id: m.id, name: m.name, relation: m.household_relation as Resident['householdRelation'] })),
      jobIntention: row.job_intention ? (JSON.parse(row.job_intention) as JobIntention) : null,
      keyGroupMemberships: memberships.map(toMembership),
      statusHistory: history.map((h) => ({
        status: h.status,
        previousStatus: h.previous_status,
        effectiveDate: h.effective_date,
        reason: h.reason,
        changedBy: h.changed_by ? (names.get(h.changed_by) ?? null) : null,
        changedAt: h.changed_at,
      })),
      consentChannel: row.consent_channel as Resident['consentChannel'],
      consentDate: row.consent_date,
      isChongmingIdNumber: info.ok && isChongmingAreaCode(info.value.areaCode),
      mergedIntoId: row.merged_into_id,
      version: Number(row.version),
      createdAt: row.created_at,
    };
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

  /** The head of a household the resident joins; a head without a household starts one. */
  async function joinHousehold(trx: Executor<Database>, ctx: ServiceContext, residentId: string, headId: string | null | undefined) {
    if (!headId || headId === residentId) return headId ? residentId : null;
    const head = await findResidentById(trx, ctx.actor.scope, headId);
    if (!head || head.merged_into_id) throw validationError({ householdId: ['没有这位户主'] });
    if (!head.household_id) {
      await updateResidentAtVersion(trx, ctx.actor.scope, head.id, Number(head.version), {
        household_id: head.id,
        household_relation: 'head',
        updated_at: ctx.now.toISOString(),
      });
    }
    return head.household_id ?? head.id;
  }

  async function timeline(trx: Executor<Database>, ctx: ServiceContext, residentId: string, kind: string, summary: string) {
    await insertTimeline(trx, [
      { id: newId(), resident_id: residentId, at: ctx.now.toISOString(), kind, summary, actor_id: ctx.actor.staffId },
    ]);
  }

  function region(row: { district_code: string; town_code: string; village_code: string }) {
    return { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code };
  }

  /** The file as the actor may see it, read after the change has committed. */
  async function view(ctx: ServiceContext, id: string): Promise<Resident> {
    return toResident(db, ctx, await loadRow(db, ctx.actor.scope, id));
  }

  async function getAssistanceFile(ctx: ServiceContext, id: string): Promise<AssistanceFile | null> {
    await loadRow(db, ctx.actor.scope, id);
    const file = await findAssistanceFile(db, id);
    if (!file) return null;
    const names = await staff.displayNames(file.responsible_staff_id ? [file.responsible_staff_id] : []);
    return {
      residentId: file.resident_id,
      assessment: file.assessment,
      classification: file.classification,
      plan: file.plan,
      responsibleStaffId: file.responsible_staff_id,
      responsibleStaffName: file.responsible_staff_id ? (names.get(file.responsible_staff_id) ?? null) : null,
      nextFollowUpDate: file.next_follow_up_date,
      version: Number(file.version),
      updatedAt: file.updated_at,
    };
  }

  async function listTimeline(ctx: ServiceContext, id: string): Promise<TimelineEntry[]> {
    await loadRow(db, ctx.actor.scope, id);
    const rows = await selectTimeline(db, id, 200);
    const names = await staff.displayNames(rows.flatMap((row) => (row.actor_id ? [row.actor_id] : [])));
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      kind: row.kind,
      summary: row.summary,
      actorName: row.actor_id ? (names.get(row.actor_id) ?? null) : null,
    }));
  }

  return {
    getAssistanceFile,
    listTimeline,

    async listResidents(ctx: ServiceContext, query: ListResidentsQuery): Promise<Page<ResidentSummary>> {
      const { rows, total } = await selectResidentPage(db, ctx.actor.scope, query);
      const groups = await selectKeyGroups(
        db,
        rows.map((row) => row.id),
      );
      const today = shanghaiDate(ctx.now);
      return {
        items: rows.map((row) => toSummary(row, groups.get(row.id) ?? [], today)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Opening a resident's file is itself audited (PIPL; 等保 8.1.4.3). */
    async getResident(ctx: ServiceContext, id: string) {
      const row = await loadRow(db, ctx.actor.scope, id);
      const resident = await toResident(db, ctx, row);
      await db
        .transaction()
        .execute((trx) => audit.record(trx, ctx, { action: 'resident.read', entityType: 'resident', entityId: id, region: region(row) }));
      return resident;
    },

    async createResident(ctx: ServiceContext, input: CreateResidentBody) {
      const body = CreateResidentBodySchema.parse(input);
      const placement = await place(db, ctx.actor.scope, body.townCode, body.villageCode, body.gridCode);
      const columns = protectedColumns(cipher, body.idNumber, body.mobile);
      const id = await db.transaction().execute(async (trx) => {
        if ((await selectResidentsByIdBlind(trx, [columns.id_number_blind])).length > 0) {
          throw new AppError('RESIDENT_ID_NUMBER_TAKEN', { fieldErrors: { idNumber: ['该身份证号已登记'] } });
        }
        const residentId = newId();
        const at = ctx.now.toISOString();
        const householdId = await joinHousehold(trx, ctx, residentId, body.householdId);
        const row: NewResidentRow = {
          id: residentId,
          district_code: placement.districtCode,
          town_code: placement.townCode,
          village_code: placement.villageCode,
          grid_code: placement.gridCode,
          name: body.name,
          ...columns,
          is_chongming_id: isChongmingAreaCode(body.idNumber.slice(0, 6)) ? 1 : 0,
          hukou_type: body.hukouType,
          address: body.address,
          education: body.education,
          occupations: JSON.stringify(body.occupations),
          skills: JSON.stringify(body.skills),
          certificates: JSON.stringify(body.certificates),
          has_disability: body.hasDisability ? 1 : 0,
          health_note: body.healthNote ?? null,
          household_id: householdId,
          household_relation: householdId ? (body.householdRelation ?? 'other') : null,
          employment_status: body.employmentStatus,
          job_intention: body.jobIntention ? JSON.stringify(body.jobIntention) : null,
          consent_channel: body.consentChannel,
          consent_date: body.consentDate,
          merged_into_id: null,
          version: 1,
          created_at: at,
          updated_at: at,
        };
        await insertResidents(trx, [row]);
        await insertKeyGroups(trx, keyGroupRows(residentId, body.keyGroups));
        await insertIntentionOccupations(
          trx,
          (body.jobIntention?.occupations ?? []).map((occupation_code) => ({ resident_id: residentId, occupation_code })),
        );
        await insertStatusHistory(trx, [
          {
            id: newId(),
            resident_id: residentId,
            status: body.employmentStatus,
            previous_status: null,
            effective_date: shanghaiDate(ctx.now),
            reason: '登记',
            changed_by: ctx.actor.staffId,
            changed_at: at,
          },
        ]);
        await timeline(trx, ctx, residentId, 'register', '登记入劳动力资源库');
        await audit.record(trx, ctx, { action: 'resident.create', entityType: 'resident', entityId: residentId, region: placement });
        return residentId;
      });
      return view(ctx, id);
    },

    async updateResident(ctx: ServiceContext, id: string, body: UpdateResidentBody) {
      await db.transaction().execute(async (trx) => {
        const current = await loadRow(trx, ctx.actor.scope, id);
        if (current.merged_into_id) throw new AppError('RESIDENT_MERGED');
        if (Number(current.version) !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(current.version) });
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
          const householdId = await joinHousehold(trx, ctx, id, body.householdId);
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
        await timeline(trx, ctx, id, 'update', `更新了档案（${fields.length} 项）`);
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
    async changeEmploymentStatus(ctx: ServiceContext, id: string, body: ChangeEmploymentStatusBody) {
      await db.transaction().execute(async (trx) => {
        const current = await loadRow(trx, ctx.actor.scope, id);
        if (current.merged_into_id) throw new AppError('RESIDENT_MERGED');
        if (Number(current.version) !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(current.version) });
        const at = ctx.now.toISOString();
        await updateResidentAtVersion(trx, ctx.actor.scope, id, body.version, { employment_status: body.status, updated_at: at });
        await insertStatusHistory(trx, [
          {
            id: newId(),
            resident_id: id,
            status: body.status,
            previous_status: current.employment_status,
            effective_date: body.effectiveDate,
            reason: body.reason,
            changed_by: ctx.actor.staffId,
            changed_at: at,
          },
        ]);
        await timeline(trx, ctx, id, 'status', `就业状态变更：${body.reason}`);
        await audit.record(trx, ctx, {
          action: 'resident.status_change',
          entityType: 'resident',
          entityId: id,
          region: region(current),
          details: { from: current.employment_status, to: body.status },
        });
      });
      return view(ctx, id);
    },

    /** The full numbers, for a stated reason; every unmasking is audited. */
    async unmask(ctx: ServiceContext, id: string, body: UnmaskBody): Promise<{ idNumber?: string; mobile?: string | null }> {
      const row = await loadRow(db, ctx.actor.scope, id);
      await db.transaction().execute((trx) =>
        audit.record(trx, ctx, {
          action: 'resident.unmask',
          entityType: 'resident',
          entityId: id,
          region: region(row),
          details: { fields: body.fields, reason: body.reason },
        }),
      );
      return {
        ...(body.fields.includes('idNumber') ? { idNumber: cipher.decrypt(row.id_number_cipher) } : {}),
        ...(body.fields.includes('mobile') ? { mobile: row.mobile_cipher ? cipher.decrypt(row.mobile_cipher) : null } : {}),
      };
    },

    async saveAssistanceFile(ctx: ServiceContext, id: string, body: SaveAssistanceFileBody): Promise<AssistanceFile | null> {
      if (body.responsibleStaffId) {
        await staff.getStaff(ctx, body.responsibleStaffId).catch(() => {
          throw validationError({ responsibleStaffId: ['没有这名工作人员，或不在您的管辖范围内'] });
        });
      }
      await db.transaction().execute(async (trx) => {
        const resident = await loadRow(trx, ctx.actor.scope, id);
        const existing = await findAssistanceFile(trx, id);
        const row = {
          resident_id: id,
          assessment: body.assessment,
          classification: body.classification,
          plan: body.plan,
          responsible_staff_id: body.responsibleStaffId,
          next_follow_up_date: body.nextFollowUpDate,
          version: 1,
          updated_at: ctx.now.toISOString(),
        };
        if (existing) {
          if (body.version !== Number(existing.version))
            throw new AppError('VERSION_CONFLICT', { currentVersion: Number(existing.version) });
          if (!(await updateAssistanceFileAtVersion(trx, row, body.version))) throw new AppError('VERSION_CONFLICT');
        } else {
          await insertAssistanceFile(trx, row);
        }
        await timeline(trx, ctx, id, 'assistance_file', existing ? '更新了个性化就业援助档案' : '建立了个性化就业援助档案');
        await audit.record(trx, ctx, {
          action: existing ? 'assistance_file.update' : 'assistance_file.create',
          entityType: 'resident',
          entityId: id,
          region: region(resident),
        });
      });
      return getAssistanceFile(ctx, id);
    },

    async addTimelineNote(ctx: ServiceContext, id: string, summary: string): Promise<TimelineEntry[]> {
      await db.transaction().execute(async (trx) => {
        const resident = await loadRow(trx, ctx.actor.scope, id);
        await timeline(trx, ctx, id, 'note', summary);
        await audit.record(trx, ctx, { action: 'resident.note', entityType: 'resident', entityId: id, region: region(resident) });
      });
      return listTimeline(ctx, id);
    },

    async listDuplicates(ctx: ServiceContext): Promise<DuplicatePair[]> {
      const pairs = await selectDuplicatePairs(db, ctx.actor.scope, 200);
      const today = shanghaiDate(ctx.now);
      const result: DuplicatePair[] = [];
      for (const pair of pairs) {
        const rows = await Promise.all([loadRow(db, ctx.actor.scope, pair.a), loadRow(db, ctx.actor.scope, pair.b)]);
        const groups = await selectKeyGroups(
          db,
          rows.map((row) => row.id),
        );
        result.push({ reason: 'same_name_birth_village', residents: rows.map((row) => toSummary(row, groups.get(row.id) ?? [], today)) });
      }
      return result;
    },

    /** A reviewed merge: the merged record stays (marked), its histories move to the kept one. */
    async mergeResidents(ctx: ServiceContext, body: MergeResidentsBody) {
      await db.transaction().execute(async (trx) => {
        const keep = await loadRow(trx, ctx.actor.scope, body.keepId);
        const merge = await loadRow(trx, ctx.actor.scope, body.mergeId);
        if (keep.merged_into_id || merge.merged_into_id) throw new AppError('RESIDENT_MERGED');
        await moveResidentRecords(trx, merge.id, keep.id);
        if (!(await findAssistanceFile(trx, keep.id))) await moveAssistanceFile(trx, merge.id, keep.id);
        const at = ctx.now.toISOString();
        await updateResidentAtVersion(trx, ctx.actor.scope, merge.id, Number(merge.version), { merged_into_id: keep.id, updated_at: at });
        await updateResidentAtVersion(trx, ctx.actor.scope, keep.id, Number(keep.version), { updated_at: at });
        await timeline(trx, ctx, keep.id, 'merge', `合并了重复记录 ${merge.id_number_masked}：${body.reason}`);
        await audit.record(trx, ctx, {
          action: 'resident.merge',
          entityType: 'resident',
          entityId: keep.id,
          region: region(keep),
          details: { mergedId: merge.id, reason: body.reason },
        });
      });
      return view(ctx, body.keepId);
    },
  };
}
export type ResidentsService = ReturnType<typeof createResidentsService>;

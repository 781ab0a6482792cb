import type { KeyGroupFact, PolicyFacts, RegionScope } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import { type Executor, inScope } from '../../db/scope.ts';

// Read-side (README): the registry's facts a rule pack is judged on, read from the registry's tables
// in the actor's scope, each with where it came from. Nothing here writes.

const REGISTRY = '劳动力资源库';

export interface ResidentFacts {
  residentId: string;
  placement: { districtCode: string; townCode: string; villageCode: string; gridCode: string | null };
  facts: PolicyFacts;
}

/** A resident's facts in `scope`; undefined outside it (the caller answers 404). */
export async function readResidentFacts(
  db: Executor<Database>,
  scope: RegionScope,
  residentId: string,
): Promise<ResidentFacts | undefined> {
  const row = await db
    .selectFrom('residents as r')
    .select([
      'r.id',
      'r.birth_date',
      'r.sex',
      'r.hukou_type',
      'r.employment_status',
      'r.household_id',
      'r.district_code',
      'r.town_code',
      'r.village_code',
      'r.grid_code',
    ])
    .where(inScope(scope, 'r', { hasGrid: true }))
    .where('r.id', '=', residentId)
    .where('r.merged_into_id', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;

  const status = row.employment_status;
  const latest =
    status === 'unknown'
      ? undefined
      : await db
          .selectFrom('employment_status_history')
          .select(['effective_date', 'reason'])
          .where('resident_id', '=', residentId)
          .where('status', '=', status)
          .orderBy('effective_date', 'desc')
          .orderBy('changed_at', 'desc')
          .executeTakeFirst();

  const groups = await db
    .selectFrom('resident_key_groups')
    .select(['key_group', 'valid_from', 'valid_to', 'source', 'certifying_org'])
    .where('resident_id', '=', residentId)
    .execute();
  const keyGroups: KeyGroupFact[] = groups.map((g) => ({
    group: g.key_group,
    validFrom: g.valid_from,
    validTo: g.valid_to,
    source: g.certifying_org ? `${g.source}，${g.certifying_org}` : g.source,
  }));

  // The other members of the household (its head's id is the household id): their statuses only.
  let household: PolicyFacts['household'] = null;
  if (row.household_id) {
    const head = row.household_id;
    const members = await db
      .selectFrom('residents')
      .select('employment_status')
      .where((eb) => eb.or([eb('household_id', '=', head), eb('id', '=', head)]))
      .where('id', '!=', residentId)
      .where('merged_into_id', 'is', null)
      .execute();
    if (!members.some((m) => m.employment_status === 'unknown')) {
      household = {
        value: {
          members: members.length,
          employed: members.filter((m) => ['employed', 'flexible', 'self_employed'].includes(m.employment_status)).length,
        },
        source: `${REGISTRY}：家庭成员的就业状态`,
      };
    }
  }

  const facts: PolicyFacts = {
    birthDate: { value: row.birth_date, source: `${REGISTRY}：身份证号（出生日期）` },
    sex: { value: row.sex, source: `${REGISTRY}：身份证号（性别）` },
    // The registry does not record a woman's retirement track (女干部 55 / 女工人 50).
    retirementCategory: row.sex === 'male' ? { value: 'male', source: `${REGISTRY}：身份证号（性别）` } : null,
    hukou: row.hukou_type === 'unknown' ? null : { value: row.hukou_type, source: `${REGISTRY}：户籍` },
    employment:
      status === 'unknown'
        ? null
        : {
            value: { status, since: latest?.effective_date ?? '' },
            source: latest ? `${REGISTRY}：就业状态记录（${latest.effective_date}，${latest.reason}）` : `${REGISTRY}：就业状态`,
          },
    keyGroups: { value: keyGroups, source: `${REGISTRY}：重点群体` },
    household,
    // Receipts come with assisted cases (一对一帮办), not built yet: unknown, never "none".
    receipts: null,
  };
  if (facts.employment && !latest) facts.employment = null;
  return {
    residentId,
    placement: { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code, gridCode: row.grid_code },
    facts,
  };
}

/**
 * One page of the registry's facts for screening (政策找人): the residents in `scope` after `afterId`
 * in id order, at most `limit`, with the same facts as `readResidentFacts` read in four queries for
 * the whole page (not four per resident), so that a screening streams over the registry.
 */
export async function readResidentFactsPage(
  db: Executor<Database>,
  scope: RegionScope,
  afterId: string | null,
  limit: number,
): Promise<ResidentFacts[]> {
  const rows = await db
    .selectFrom('residents as r')
    .select([
      'r.id',
      'r.birth_date',
      'r.sex',
      'r.hukou_type',
      'r.employment_status',
      'r.household_id',
      'r.district_code',
      'r.town_code',
      'r.village_code',
      'r.grid_code',
    ])
    .where(inScope(scope, 'r', { hasGrid: true }))
    .where('r.merged_into_id', 'is', null)
    .$if(afterId !== null, (qb) => qb.where('r.id', '>', afterId as string))
    .orderBy('r.id')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);

  const history = await db
    .selectFrom('employment_status_history')
    .select(['resident_id', 'status', 'effective_date', 'reason', 'changed_at'])
    .where('resident_id', 'in', ids)
    .execute();
  const latestOf = new Map<string, { status: string; effective_date: string; reason: string; changed_at: string }>();
  for (const h of history) {
    const current = latestOf.get(`${h.resident_id}:${h.status}`);
    if (
      !current ||
      h.effective_date > current.effective_date ||
      (h.effective_date === current.effective_date && h.changed_at > current.changed_at)
    ) {
      latestOf.set(`${h.resident_id}:${h.status}`, h);
    }
  }

  const groups = await db
    .selectFrom('resident_key_groups')
    .select(['resident_id', 'key_group', 'valid_from', 'valid_to', 'source', 'certifying_org'])
    .where('resident_id', 'in', ids)
    .execute();
  const groupsOf = new Map<string, KeyGroupFact[]>();
  for (const g of groups) {
    const list = groupsOf.get(g.resident_id) ?? [];
    list.push({
      group: g.key_group,
      validFrom: g.valid_from,
      validTo: g.valid_to,
      source: g.certifying_org ? `${g.source}，${g.certifying_org}` : g.source,
    });
    groupsOf.set(g.resident_id, list);
  }

  const heads = [...new Set(rows.map((row) => row.household_id).filter((id): id is string => id !== null))];
  const membersOf = new Map<string, { id: string; employment_status: string }[]>();
  if (heads.length > 0) {
    const members = await db
      .selectFrom('residents')
      .select(['id', 'household_id', 'employment_status'])
      .where((eb) => eb.or([eb('household_id', 'in', heads), eb('id', 'in', heads)]))
      .where('merged_into_id', 'is', null)
      .execute();
    for (const m of members) {
      for (const head of new Set([m.household_id, m.id])) {
        if (head === null || !heads.includes(head)) continue;
        const list = membersOf.get(head) ?? [];
        list.push(m);
        membersOf.set(head, list);
      }
    }
  }

  return rows.map((row) => {
    const status = row.employment_status;
    const latest = status === 'unknown' ? undefined : latestOf.get(`${row.id}:${status}`);
    let household: PolicyFacts['household'] = null;
    if (row.household_id) {
      const members = (membersOf.get(row.household_id) ?? []).filter((m) => m.id !== row.id);
      if (!members.some((m) => m.employment_status === 'unknown')) {
        household = {
          value: {
            members: members.length,
            employed: members.filter((m) => ['employed', 'flexible', 'self_employed'].includes(m.employment_status)).length,
          },
          source: `${REGISTRY}：家庭成员的就业状态`,
        };
      }
    }
    const facts: PolicyFacts = {
      birthDate: { value: row.birth_date, source: `${REGISTRY}：身份证号（出生日期）` },
      sex: { value: row.sex, source: `${REGISTRY}：身份证号（性别）` },
      retirementCategory: row.sex === 'male' ? { value: 'male', source: `${REGISTRY}：身份证号（性别）` } : null,
      hukou: row.hukou_type === 'unknown' ? null : { value: row.hukou_type, source: `${REGISTRY}：户籍` },
      employment:
        status === 'unknown' || !latest
          ? null
          : {
              value: { status, since: latest.effective_date },
              source: `${REGISTRY}：就业状态记录（${latest.effective_date}，${latest.reason}）`,
            },
      keyGroups: { value: groupsOf.get(row.id) ?? [], source: `${REGISTRY}：重点群体` },
      household,
      receipts: null,
    };
    return {
      residentId: row.id,
      placement: { districtCode: row.district_code, townCode: row.town_code, villageCode: row.village_code, gridCode: row.grid_code },
      facts,
    };
  });
}

import {
  type CoverageDemand,
  type CoverageImportBody,
  type CoverageImportKind,
  type CoverageImportReport,
  type CoverageQuery,
  type CoverageReport,
  type CoverageSite,
  type CoverageVillage,
  coverageOf,
  DEFAULT_TRAVEL_MODEL,
  DETOUR_FACTOR_SOURCE,
  figuresOf,
  type Island,
  isInDistrictBounds,
  isInScope,
  islandOfPoint,
  islandOfTown,
  isWithinThreshold,
  KEY_GROUPS,
  type KeyGroup,
  type NearestSiteAnswer,
  type NearestSiteQuery,
  nearestSite,
  type Place,
  type PlanBody,
  type PlanResult,
  type PutVillageCentreBody,
  type RegionScope,
  shanghaiDate,
  sitesOffering,
  sumCoverage,
  type TravelMode,
  type TravelModel,
  travelMinutes,
  type VillageCentre,
  type VillagePeople,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { assertUpdated, assertVersion } from '../../platform/versioning.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { checkImport } from './coverage.csv.ts';
import { planWorkbook } from './coverage.export.ts';
import { solveExact } from './coverage.highs.ts';
import { greedySwap } from './coverage.planner.ts';
import { coversWithinReach } from './coverage.reach.ts';
import {
  insertVillageCentre,
  selectCoverageSites,
  selectKeyGroupCounts,
  selectRegionsOfDistrict,
  selectRegistryCounts,
  selectResidentVillage,
  selectVillageCentre,
  selectVillageCentres,
  selectVillagePopulations,
  updateVillageCentreAtVersion,
  upsertVillageCentres,
  upsertVillagePopulations,
} from './coverage.repository.ts';
import type { VillageCentreRow } from './coverage.table.ts';

interface VillageInfo {
  code: string;
  name: string;
  townCode: string;
  townName: string;
  island: Island;
  /** The placed centre, else the town seat (approximate), else nothing. */
  place: Place | null;
  approximate: boolean;
}

function toCentre(row: VillageCentreRow): VillageCentre {
  return {
    villageCode: row.village_code,
    townCode: row.town_code,
    lng: Number(row.lng),
    lat: Number(row.lat),
    source: row.source,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

const round1 = (minutes: number) => Math.round(minutes * 10) / 10;

/**
 * The 15-minute circle: coverage per town and village of the active sites offering an item, the
 * nearest site for a resident or a point, and the village centres and official population it
 * rests on. A read-side module (README.md): it reads regions, sites and the registry directly.
 */
export function createCoverageService(deps: { db: Kysely<Database>; audit: AuditService; model?: TravelModel }) {
  const { db, audit } = deps;
  const model = deps.model ?? DEFAULT_TRAVEL_MODEL;

  /** The villages the scope may see, each at its centre or its town seat. */
  async function villagesIn(scope: RegionScope): Promise<VillageInfo[]> {
    const regions = await selectRegionsOfDistrict(db);
    const towns = new Map(regions.filter((r) => r.level === 'town' && r.parent_code === scope.districtCode).map((r) => [r.code, r]));
    const centres = new Map((await selectVillageCentres(db, scope)).map((row) => [row.village_code, row]));
    const villages: VillageInfo[] = [];
    for (const region of regions) {
      if (region.level !== 'village') continue;
      const town = towns.get(region.parent_code ?? '');
      if (!town) continue;
      if (!isInScope(scope, { districtCode: scope.districtCode, townCode: town.code, villageCode: region.code })) continue;
      const island = islandOfTown(town.code);
      const centre = centres.get(region.code);
      const seat = town.lng !== null && town.lat !== null ? { lng: Number(town.lng), lat: Number(town.lat) } : null;
      const point = centre ? { lng: Number(centre.lng), lat: Number(centre.lat) } : seat;
      villages.push({
        code: region.code,
        name: region.name,
        townCode: town.code,
        townName: town.name,
        island,
        place: point ? { point, island } : null,
        approximate: !centre,
      });
    }
    return villages;
  }

  async function sitesOf(districtCode: string) {
    const rows = await selectCoverageSites(db, districtCode);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      point: { lng: Number(row.lng), lat: Number(row.lat) },
      island: islandOfTown(row.town_code),
      isActive: Number(row.is_active) === 1,
      serviceItems: row.items,
    })) satisfies CoverageSite[];
  }

  /** The people per village: the registry's where it has anyone, else the official figure. */
  async function peopleIn(scope: RegionScope, today: string) {
    const registry = new Map((await selectRegistryCounts(db, scope)).map((row) => [row.village_code, row]));
    const official = new Map((await selectVillagePopulations(db, scope)).map((row) => [row.village_code, row]));
    const groups = new Map<string, Partial<Record<KeyGroup, number>>>();
    for (const row of await selectKeyGroupCounts(db, scope, today)) {
      const village = groups.get(row.villageCode) ?? {};
      village[row.keyGroup] = row.members;
      groups.set(row.villageCode, village);
    }
    return (villageCode: string): Omit<VillagePeople, 'approximate'> & { source: CoverageVillage['populationSource'] } => {
      const counted = registry.get(villageCode);
      if (counted && Number(counted.residents) > 0) {
        return {
          source: 'registry',
          population: Number(counted.residents),
          labourForce: Number(counted.labour_force),
          keyGroups: groups.get(villageCode) ?? {},
        };
      }
      const figure = official.get(villageCode);
      if (figure)
        return { source: 'official', population: Number(figure.population), labourForce: Number(figure.labour_force ?? 0), keyGroups: {} };
      return { source: 'none', population: 0, labourForce: 0, keyGroups: {} };
    };
  }

  async function placementOrNotFound(scope: RegionScope, villageCode: string) {
    const village = (await villagesIn({ level: 'district', districtCode: scope.districtCode })).find((v) => v.code === villageCode);
    if (!village) throw validationError({ villageCode: ['没有这个村居'] });
    if (!isInScope(scope, { districtCode: scope.districtCode, townCode: village.townCode, villageCode })) throw new AppError('NOT_FOUND');
    return village;
  }

  return {
    model,

    async report(ctx: ServiceContext, query: CoverageQuery): Promise<CoverageReport> {
      const scope = ctx.actor.scope;
      const item = query.item ?? null;
      const [villages, sites, people] = await Promise.all([
        villagesIn(scope),
        sitesOf(scope.districtCode),
        peopleIn(scope, shanghaiDate(ctx.now)),
      ]);
      const demands: CoverageDemand[] = villages.flatMap((v) => (v.place ? [{ id: v.code, ...v.place }] : []));
      const results = new Map(
        coverageOf(demands, sites, { mode: query.mode, item, thresholdMinutes: query.threshold, model }).map((r) => [r.id, r]),
      );
      const names = new Map(sites.map((site) => [site.id, site.name]));
      const rows = villages.map((village) => {
        const result = results.get(village.code);
        const counted = people(village.code);
        const covered = result?.covered ?? false;
        const row: CoverageVillage = {
          villageCode: village.code,
          villageName: village.name,
          townCode: village.townCode,
          townName: village.townName,
          island: village.island,
          point: village.place?.point ?? null,
          approximate: village.approximate,
          populationSource: counted.source,
          population: counted.population,
          labourForce: counted.labourForce,
          keyGroups: KEY_GROUPS.filter((g) => (counted.keyGroups[g] ?? 0) > 0).map((keyGroup) => ({
            keyGroup,
            count: counted.keyGroups[keyGroup] ?? 0,
          })),
          nearestSiteId: result?.nearest?.siteId ?? null,
          nearestSiteName: result?.nearest ? (names.get(result.nearest.siteId) ?? null) : null,
          minutes: result?.nearest ? round1(result.nearest.minutes) : null,
          covered,
        };
        return { row, people: { ...counted, approximate: village.approximate, covered } };
      });
      const townCodes = [...new Set(villages.map((v) => v.townCode))];
      return {
        mode: query.mode,
        item,
        thresholdMinutes: query.threshold,
        model: { speedKmh: model.speedsKmh[query.mode], detourFactor: model.detourFactor, detourSource: DETOUR_FACTOR_SOURCE },
        siteCount: sitesOffering(sites, item).length,
        figures: figuresOf(sumCoverage(rows.map((r) => r.people))),
        towns: townCodes.map((townCode) => {
          const inTown = rows.filter((r) => r.row.townCode === townCode);
          return {
            townCode,
            townName: inTown[0]?.row.townName ?? '',
            island: islandOfTown(townCode),
            figures: figuresOf(sumCoverage(inTown.map((r) => r.people))),
          };
        }),
        villages: rows.map((r) => r.row),
      };
    },

    /** The nearest active site (offering the item) from a resident's village or from a point. */
    async nearest(ctx: ServiceContext, query: NearestSiteQuery): Promise<NearestSiteAnswer> {
      const scope = ctx.actor.scope;
      let from: NearestSiteAnswer['from'];
      if (query.residentId) {
        const resident = await selectResidentVillage(db, scope, query.residentId);
        if (!resident) throw new AppError('NOT_FOUND');
        const village = (await villagesIn({ level: 'district', districtCode: scope.districtCode })).find(
          (v) => v.code === resident.village_code,
        );
        if (!village?.place) throw validationError({ residentId: ['该人员所在村居尚无位置'] });
        from = { point: village.place.point, island: village.island, approximate: village.approximate, villageCode: village.code };
      } else {
        const point = { lng: query.lng ?? 0, lat: query.lat ?? 0 };
        if (!isInDistrictBounds(point)) throw validationError({ lng: ['坐标不在本区范围内'] });
        from = { point, island: islandOfPoint(point), approximate: false, villageCode: null };
      }
      const sites = sitesOffering(await sitesOf(scope.districtCode), query.item ?? null);
      const best = nearestSite({ point: from.point, island: from.island }, sites, query.mode, model);
      const site = best ? sites.find((s) => s.id === best.siteId) : undefined;
      const threshold = query.threshold;
      return {
        from,
        site: site ? { id: site.id, name: site.name, kind: site.kind, point: site.point } : null,
        minutes: best ? round1(best.minutes) : null,
        covered: best !== null && isWithinThreshold(best.minutes, threshold),
        thresholdMinutes: threshold,
      };
    },

    async listCentres(ctx: ServiceContext): Promise<VillageCentre[]> {
      return (await selectVillageCentres(db, ctx.actor.scope)).map(toCentre);
    },

    /** Places (or moves) a village's centre; the first placement carries version 0. Audited. */
    async putCentre(ctx: ServiceContext, villageCode: string, body: PutVillageCentreBody): Promise<VillageCentre> {
      const village = await placementOrNotFound(ctx.actor.scope, villageCode);
      if (!isInDistrictBounds(body)) throw validationError({ lng: ['坐标不在本区范围内'], lat: ['坐标不在本区范围内'] });
      const at = ctx.now.toISOString();
      const source = body.source ?? '地图标注';
      await db.transaction().execute(async (trx) => {
        const current = await selectVillageCentre(trx, villageCode);
        assertVersion(current?.version ?? 0, body.version);
        const values = { lng: body.lng, lat: body.lat, source, updated_by: ctx.actor.staffId, updated_at: at };
        if (current === undefined) {
          assertUpdated(
            await insertVillageCentre(trx, {
              village_code: villageCode,
              district_code: ctx.actor.scope.districtCode,
              town_code: village.townCode,
              ...values,
              version: 1,
            }),
          );
        } else {
          assertUpdated(await updateVillageCentreAtVersion(trx, villageCode, body.version, values));
        }
        await audit.record(trx, ctx, {
          action: current ? 'village_centre.move' : 'village_centre.place',
          entityType: 'village_centre',
          entityId: villageCode,
          region: { districtCode: ctx.actor.scope.districtCode, townCode: village.townCode, villageCode },
          details: { lng: body.lng, lat: body.lat, source },
        });
      });
      const saved = await selectVillageCentre(db, villageCode);
      if (!saved) throw new Error(`village centre ${villageCode} not found after saving`);
      return toCentre(saved);
    },

    /**
     * Checks a CSV of village centres or official population; with `commit`, writes every row in
     * one transaction — and nothing at all when any row is bad (400 with the same report).
     */
    async importCsv(
      ctx: ServiceContext,
      kind: CoverageImportKind,
      body: CoverageImportBody,
      commit: boolean,
    ): Promise<CoverageImportReport> {
      const scope = ctx.actor.scope;
      const all = await villagesIn({ level: 'district', districtCode: scope.districtCode });
      const byCode = new Map(all.map((v) => [v.code, v]));
      const checked = checkImport(
        kind,
        body.csv,
        {
          exists: (code) => byCode.has(code),
          inScope: (code) =>
            isInScope(scope, { districtCode: scope.districtCode, townCode: byCode.get(code)?.townCode ?? null, villageCode: code }),
        },
        Number(shanghaiDate(ctx.now).slice(0, 4)),
      );
      const validRows = kind === 'village-centres' ? checked.centres.length : checked.populations.length;
      const report: CoverageImportReport = { kind, totalRows: checked.totalRows, validRows, errors: checked.errors, written: 0 };
      if (!commit) return report;
      if (checked.errors.length > 0 || checked.totalRows === 0) throw new AppError('COVERAGE_IMPORT_HAS_ERRORS', { report });
      const at = ctx.now.toISOString();
      const town = (code: string) => byCode.get(code)?.townCode ?? '';
      await db.transaction().execute(async (trx) => {
        if (kind === 'village-centres') {
          await upsertVillageCentres(
            trx,
            checked.centres.map((row) => ({
              village_code: row.villageCode,
              district_code: scope.districtCode,
              town_code: town(row.villageCode),
              lng: row.lng,
              lat: row.lat,
              source: row.source,
              version: 1,
              updated_by: ctx.actor.staffId,
              updated_at: at,
            })),
          );
        } else {
          await upsertVillagePopulations(
            trx,
            checked.populations.map((row) => ({
              village_code: row.villageCode,
              district_code: scope.districtCode,
              town_code: town(row.villageCode),
              population: row.population,
              labour_force: row.labourForce,
              source: row.source,
              year: row.year,
              updated_by: ctx.actor.staffId,
              updated_at: at,
            })),
          );
        }
        await audit.record(trx, ctx, {
          action: kind === 'village-centres' ? 'village_centre.import' : 'village_population.import',
          entityType: kind === 'village-centres' ? 'village_centre' : 'village_population',
          region: { districtCode: scope.districtCode, townCode: scope.townCode ?? null },
          details: {
            rows: validRows,
            villageCodes: (kind === 'village-centres' ? checked.centres : checked.populations).map((r) => r.villageCode),
          },
        });
      });
      return { ...report, written: validRows };
    },

    /**
     * Chooses up to k of the candidate places to cover the most uncovered labour force (MCLP):
     * greedy + best-improvement swaps and restarts always (coverage.planner.ts), over the points within reach of each candidate (coverage.reach.ts); with `exact`, HiGHS in a worker under the time limit, warm-started
     * with the heuristic's plan, reporting its status, bound and the heuristic's gap. The figures
     * show the better of the two plans.
     */
    async plan(ctx: ServiceContext, input: PlanBody & { k: number; candidates: PlanBody['candidates'] }): Promise<PlanResult> {
      const mode = input.mode ?? 'walk';
      const threshold = input.threshold ?? 15;
      const fieldErrors: Record<string, string[]> = {};
      input.candidates.forEach((candidate, index) => {
        if (!isInDistrictBounds(candidate)) fieldErrors[`candidates.${index}.lng`] = ['坐标不在本区范围内'];
      });
      if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
      const report = await this.report(ctx, { mode, item: input.item, threshold });
      const demands = report.villages.filter((v) => !v.covered && v.point !== null && v.labourForce > 0);
      const places = input.candidates.map((c) => ({ point: { lng: c.lng, lat: c.lat }, island: islandOfPoint(c) }));
      const covers = coversWithinReach(places, demands, mode, threshold, model);
      const instance = { weights: demands.map((d) => d.labourForce), covers, k: input.k };
      const started = performance.now();
      const heuristic = greedySwap(instance);
      const heuristicMs = performance.now() - started;
      let exact: PlanResult['exact'] = null;
      let chosen = heuristic.chosen;
      let source: PlanResult['source'] = 'heuristic';
      if (input.exact) {
        const result = await solveExact(instance, { timeLimitSeconds: input.timeLimitSeconds ?? 30, warmStart: heuristic.chosen });
        const bound = result.bound;
        exact = {
          status: result.status,
          objective: result.objective,
          bound,
          gap: result.gap,
          heuristicGap: bound !== null && bound > 0 ? Math.max(0, (bound - heuristic.objective) / bound) : bound === 0 ? 0 : null,
          seconds: result.seconds,
          message: result.message,
        };
        if (result.objective !== null && result.objective > heuristic.objective + 1e-9) {
          chosen = result.chosen;
          source = 'exact';
        }
      }
      const won = new Set<number>();
      const chosenRows = chosen.map((index) => {
        const mine = (covers[index] ?? []).filter((d) => !won.has(d));
        for (const d of mine) won.add(d);
        const candidate = input.candidates[index] as PlanBody['candidates'][number];
        return {
          index,
          name: candidate.name,
          lng: candidate.lng,
          lat: candidate.lat,
          island: places[index]?.island ?? islandOfPoint(candidate),
          villageCodes: mine.map((d) => demands[d]?.villageCode ?? ''),
          labourForce: mine.reduce((sum, d) => sum + (demands[d]?.labourForce ?? 0), 0),
        };
      });
      const newly = new Set([...won].map((d) => demands[d]?.villageCode));
      const peopleOf = (v: CoverageVillage, covered: boolean) => ({
        population: v.population,
        labourForce: v.labourForce,
        keyGroups: Object.fromEntries(v.keyGroups.map((g) => [g.keyGroup, g.count])),
        approximate: v.approximate,
        covered,
      });
      return {
        mode,
        item: report.item,
        thresholdMinutes: threshold,
        k: input.k,
        candidateCount: input.candidates.length,
        demandCount: demands.length,
        before: report.figures,
        after: figuresOf(sumCoverage(report.villages.map((v) => peopleOf(v, v.covered || newly.has(v.villageCode))))),
        source,
        chosen: chosenRows,
        heuristic: { objective: heuristic.objective, milliseconds: Math.round(heuristicMs * 10) / 10 },
        exact,
      };
    },

    /** The plan as xlsx (computed again from the same request: the plan is not stored). */
    async exportPlan(ctx: ServiceContext, input: PlanBody & { k: number; candidates: PlanBody['candidates'] }) {
      const plan = await this.plan(ctx, input);
      const regions = new Map((await selectRegionsOfDistrict(db)).map((r) => [r.code, r.name]));
      const buffer = await planWorkbook(plan, (code) => regions.get(code) ?? code);
      return { fileName: `新站点规划-${shanghaiDate(ctx.now)}.xlsx`, buffer };
    },

    /** Minutes between two places by the model (for callers that need one trip: matching, resident pages). */
    minutesBetween: (from: Place, to: Place, mode: TravelMode) => travelMinutes(from, to, mode, model),
  };
}
export type CoverageService = ReturnType<typeof createCoverageService>;

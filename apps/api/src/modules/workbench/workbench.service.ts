import type { Workbench, WorkbenchScope } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { addCalendarDays, shanghaiDate } from '../calendar/index.ts';
import {
  countServicesByItem,
  type Focus,
  findSiteName,
  selectAppointmentsBetween,
  selectFollowUpsDue,
  selectOpenTickets,
  selectRecentServices,
} from './workbench.repository.ts';
import { itemCountsOf, monthOf, startOfDay, workbenchScopeOf } from './workbench.rules.ts';

/** Follow-ups due within this many days are listed (overdue ones always). */
const FOLLOW_UP_HORIZON_DAYS = 7;
const RECENT_SERVICES = 10;

export interface RegionNamer {
  nameOf(code: string | null): Promise<string | null>;
}

/** The worker's day (工作台): read-side, see README.md. */
export function createWorkbenchService(deps: { db: Kysely<Database>; regions: RegionNamer }) {
  const { db, regions } = deps;
  return {
    async getWorkbench(ctx: ServiceContext): Promise<Workbench> {
      const { actor } = ctx;
      const scope = workbenchScopeOf(actor);
      const today = shanghaiDate(ctx.now);
      const month = monthOf(today);
      const mine: Focus = scope === 'region' ? { siteId: null, staffId: null } : { siteId: null, staffId: actor.staffId };
      const site: Focus = scope === 'site' ? { siteId: actor.siteId, staffId: null } : mine;
      const regionCode = actor.scope.gridCode ?? actor.scope.villageCode ?? actor.scope.townCode ?? actor.scope.districtCode;
      const [appointments, tickets, followUps, recent, counts, regionName, siteName] = await Promise.all([
        selectAppointmentsBetween(
          db,
          actor.scope,
          scope === 'mine' ? { siteId: null, staffId: null } : site,
          startOfDay(today),
          startOfDay(addCalendarDays(today, 1)),
        ),
        selectOpenTickets(db, actor.scope, mine, today, actor.siteId),
        selectFollowUpsDue(db, actor.scope, mine, addCalendarDays(today, FOLLOW_UP_HORIZON_DAYS)),
        selectRecentServices(db, actor.scope, mine, RECENT_SERVICES),
        countServicesByItem(db, actor.scope, site, startOfDay(month.from), startOfDay(addCalendarDays(month.to, 1))),
        regions.nameOf(regionCode),
        actor.siteId ? findSiteName(db, actor.siteId) : Promise.resolve(null),
      ]);
      const monthCounts = itemCountsOf(counts);
      return {
        date: today,
        scope: scope satisfies WorkbenchScope,
        regionName: regionName ?? regionCode,
        siteName,
        appointments: appointments.rows.map((row) => ({
          id: row.id,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          status: row.state,
          residentName: row.resident_name,
          siteName: row.site_name,
          staffName: row.staff_name,
        })),
        appointmentCount: appointments.total,
        tickets: tickets.rows.map((row) => ({
          id: row.id,
          receiptCode: row.receipt_code,
          itemNo: Number(row.item_no),
          summary: row.summary,
          status: row.state,
          dueDate: row.due_date,
          overdue: row.due_date < today,
          ownerName: row.owner_name,
          awaitingTake: row.owner_staff_id === null,
        })),
        openTicketCount: tickets.total,
        overdueTicketCount: tickets.overdue,
        followUps: followUps.map((row) => ({
          residentId: row.resident_id,
          residentName: row.resident_name,
          villageName: row.village_name,
          classification: row.classification,
          nextFollowUpDate: row.next_follow_up_date as string,
          overdue: (row.next_follow_up_date as string) < today,
        })),
        recentServices: recent.map((row) => ({
          id: row.id,
          itemNo: Number(row.item_no),
          residentName: row.resident_name,
          employerName: row.employer_name,
          channel: row.channel,
          outcome: row.outcome,
          at: row.at,
        })),
        monthCounts,
        monthTotal: monthCounts.reduce((a, b) => a + b, 0),
      };
    },
  };
}
export type WorkbenchService = ReturnType<typeof createWorkbenchService>;

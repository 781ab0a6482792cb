import {
  DEFAULT_AUDIENCES,
  DEFAULT_HOW_TO_APPLY,
  DEFAULT_WHERE_TO_CHECK,
  SERVICE_ITEMS,
  type ServiceItem,
  type ServiceItemDefinition,
  type UpdateServiceItemBody,
} from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SitesService } from '../sites/sites.service.ts';
import { selectServiceItemDetails, upsertServiceItemDetails } from './service-items.repository.ts';

import type { ServiceItemDetailsRow } from './service-items.table.ts';

function toServiceItem(item: ServiceItemDefinition, details: ServiceItemDetailsRow | undefined, siteCount: number): ServiceItem {
  return {
    no: item.no,
    module: item.module,
    kind: item.kind,
    text: item.text,
    audience: details?.audience ?? DEFAULT_AUDIENCES[item.module],
    content: details?.content ?? item.text,
    howToApply: details?.how_to_apply ?? DEFAULT_HOW_TO_APPLY,
    whereToCheck: details?.where_to_check ?? DEFAULT_WHERE_TO_CHECK,
    siteCount,
    updatedAt: details?.updated_at ?? null,
  };
}

/** The plan's 25 items with what each publishes (服务对象、服务内容、申请方式、查询途径), editable by the district. */
export function createServiceItemsService(deps: { db: Kysely<Database>; audit: AuditService; sites: Pick<SitesService, 'countOffering'> }) {
  const { db, audit, sites } = deps;

  async function listServiceItems(): Promise<ServiceItem[]> {
    const [details, counts] = await Promise.all([selectServiceItemDetails(db), sites.countOffering()]);
    return SERVICE_ITEMS.map((item) => toServiceItem(item, details.get(item.no), counts.get(item.no) ?? 0));
  }

  return {
    listServiceItems,

    async updateServiceItem(ctx: ServiceContext, no: number, body: UpdateServiceItemBody): Promise<ServiceItem> {
      const item = SERVICE_ITEMS.find((candidate) => candidate.no === no);
      if (!item) throw new AppError('NOT_FOUND');
      await db.transaction().execute(async (trx) => {
        const current = toServiceItem(item, (await selectServiceItemDetails(trx)).get(no), 0);
        await upsertServiceItemDetails(trx, {
          item_no: no,
          audience: body.audience ?? current.audience,
          content: body.content ?? current.content,
          how_to_apply: body.howToApply ?? current.howToApply,
          where_to_check: body.whereToCheck ?? current.whereToCheck,
          updated_by: ctx.actor.staffId,
          updated_at: ctx.now.toISOString(),
        });
        await audit.record(trx, ctx, {
          action: 'service_item.update',
          entityType: 'service_item',
          entityId: String(no),
          region: { districtCode: ctx.actor.scope.districtCode },
          details: { fields: Object.keys(body) },
        });
      });
      const updated = (await listServiceItems()).find((candidate) => candidate.no === no);
      if (!updated) throw new AppError('NOT_FOUND');
      return updated;
    },
  };
}
export type ServiceItemsService = ReturnType<typeof createServiceItemsService>;

import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ServiceItemDetailsRow } from './service-items.table.ts';

export async function selectServiceItemDetails(db: Executor<Database>): Promise<Map<number, ServiceItemDetailsRow>> {
  const rows = await db.selectFrom('service_item_details').selectAll().execute();
  return new Map(rows.map((row) => [Number(row.item_no), row]));
}

export async function upsertServiceItemDetails(trx: Executor<Database>, row: ServiceItemDetailsRow): Promise<void> {
  await trx
    .insertInto('service_item_details')
    .values(row)
    .onConflict((oc) =>
      oc.column('item_no').doUpdateSet({
        audience: row.audience,
        content: row.content,
        how_to_apply: row.how_to_apply,
        where_to_check: row.where_to_check,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

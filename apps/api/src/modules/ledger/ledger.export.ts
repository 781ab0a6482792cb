import {
  type LedgerExportQuery,
  SERVICE_ITEM_SHORT_LABELS,
  SERVICE_ITEMS_BY_MODULE,
  SERVICE_MODULE_LABELS,
  SERVICE_MODULES,
} from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { addOfficeHeading, OFFICE_SHEET_OPTIONS } from '../../platform/office-sheet.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { countByTownSiteItem, selectSiteNames } from './ledger.repository.ts';
import { neutraliseCell, periodOf } from './ledger.rules.ts';
import type { RegionNames } from './ledger.service.ts';

interface SiteLine {
  town: string;
  site: string;
  counts: Map<number, number>;
}

/**
 * The ledger as towns report it upward: one sheet per service module (the annex's six groups),
 * a row per site under its town, a subtotal per town when several are listed, and a totals row.
 * Counts only — no personal data leaves in this file. Audited. Office-ready: the title, 制表单位 (the
 * actor's site, else its region) and 制表日期, the headings frozen with an auto-filter.
 */
export function createLedgerExport(deps: { db: Kysely<Database>; audit: AuditService; regions: RegionNames }) {
  const { db, audit, regions } = deps;
  return {
    async exportReport(ctx: ServiceContext, query: LedgerExportQuery): Promise<{ fileName: string; buffer: Buffer }> {
      const period = periodOf(query, ctx.now);
      const counts = await countByTownSiteItem(db, ctx.actor.scope, {
        siteId: query.siteId,
        townCode: query.townCode,
        villageCode: query.villageCode,
        period: period.bounds,
      });
      const siteNames = await selectSiteNames(db, [...new Set(counts.map((c) => c.site_id))]);
      const townNames = new Map<string, string>();
      for (const code of new Set(counts.map((c) => c.town_code))) townNames.set(code, (await regions.nameOf(code)) ?? code);
      const lines = new Map<string, SiteLine>();
      for (const c of counts) {
        const key = `${c.town_code}|${c.site_id}`;
        let line = lines.get(key);
        if (!line) {
          line = { town: townNames.get(c.town_code) ?? c.town_code, site: siteNames.get(c.site_id) ?? c.site_id, counts: new Map() };
          lines.set(key, line);
        }
        line.counts.set(c.item_no, (line.counts.get(c.item_no) ?? 0) + c.n);
      }
      const ordered = [...lines.values()].sort((a, b) => a.town.localeCompare(b.town, 'zh-CN') || a.site.localeCompare(b.site, 'zh-CN'));
      const towns = [...new Set(ordered.map((line) => line.town))];

      const { scope, siteId } = ctx.actor;
      const unit =
        (siteId ? (await selectSiteNames(db, [siteId])).get(siteId) : undefined) ??
        (await regions.nameOf(scope.villageCode ?? scope.townCode ?? scope.districtCode)) ??
        scope.districtCode;
      const workbook = new ExcelJS.Workbook();
      workbook.creator = '就业服务圈';
      for (const module of SERVICE_MODULES) {
        const items = SERVICE_ITEMS_BY_MODULE[module];
        const sheet = workbook.addWorksheet(SERVICE_MODULE_LABELS[module], OFFICE_SHEET_OPTIONS);
        const headers = ['乡镇', '服务站点', ...items.map((no) => `${no}. ${SERVICE_ITEM_SHORT_LABELS[no]}`), '合计'];
        sheet.columns = headers.map((_, index) => ({ width: index < 2 ? 18 : 14 }));
        addOfficeHeading(sheet, {
          title: `${SERVICE_MODULE_LABELS[module]}服务事项统计（${period.from} 至 ${period.to}）`,
          unit,
          now: ctx.now,
          headers,
        });
        const row = (label1: string, label2: string, values: number[], bold = false) => {
          const added = sheet.addRow([neutraliseCell(label1), neutraliseCell(label2), ...values, values.reduce((a, b) => a + b, 0)]);
          if (bold) added.font = { bold: true };
        };
        const sum = (group: SiteLine[]) => items.map((no) => group.reduce((total, line) => total + (line.counts.get(no) ?? 0), 0));
        for (const town of towns) {
          const group = ordered.filter((line) => line.town === town);
          for (const line of group)
            row(
              line.town,
              line.site,
              items.map((no) => line.counts.get(no) ?? 0),
            );
          if (towns.length > 1) row(town, '小计', sum(group), true);
        }
        row('合计', '', sum(ordered), true);
      }

      await db.transaction().execute((trx) =>
        audit.record(trx, ctx, {
          action: 'service_record.export',
          entityType: 'service_record',
          region: {
            districtCode: ctx.actor.scope.districtCode,
            townCode: ctx.actor.scope.townCode ?? null,
            villageCode: ctx.actor.scope.villageCode ?? null,
          },
          details: { from: period.from, to: period.to, sites: ordered.length, filters: query },
        }),
      );
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      return { fileName: `服务台账统计-${period.from}至${period.to}.xlsx`, buffer };
    },
  };
}
export type LedgerExport = ReturnType<typeof createLedgerExport>;

import { PassThrough, type Readable } from 'node:stream';
import {
  ageOn,
  EDUCATION_LEVEL_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  type ExportResidentsQuery,
  HUKOU_TYPE_LABELS,
  KEY_GROUP_LABELS,
  SEX_LABELS,
  shanghaiDate,
} from '@jobcircle/domain';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import { addOfficeHeading, beijingDateTime, OFFICE_SHEET_OPTIONS } from '../../platform/office-sheet.ts';
import { neutraliseRow } from '../../platform/spreadsheet-safety.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { RegionDirectory } from '../regions/regions.service.ts';
import { scopeRegion } from './residents.access.ts';
import { selectKeyGroups, selectResidentPage } from './residents.repository.ts';
import { isMembershipCurrent, type ReaderView } from './residents.rules.ts';

/**
 * The columns; the third is the birth date in the unmasked export and the age in the masked one:
 * the masked file leaves the system, and beside 310230********1234 a birth date is the whole number.
 */
const columnsOf = (unmasked: boolean) => [
  { header: '姓名', key: 'name', width: 10 },
  { header: '身份证号', key: 'idNumber', width: 22 },
  { header: '性别', key: 'sex', width: 6 },
  unmasked ? { header: '出生日期', key: 'birthDate', width: 12 } : { header: '年龄', key: 'age', width: 6 },
  { header: '手机号', key: 'mobile', width: 14 },
  { header: '户籍', key: 'hukouType', width: 14 },
  { header: '乡镇', key: 'town', width: 10 },
  { header: '村居', key: 'village', width: 16 },
  { header: '学历', key: 'education', width: 12 },
  { header: '就业状态', key: 'status', width: 14 },
  { header: '重点群体', key: 'keyGroups', width: 24 },
  { header: '地址', key: 'address', width: 30 },
  { header: '更新时间（北京时间）', key: 'updatedAt', width: 18 },
];

/**
 * The residents export (劳动力资源台账) as xlsx: masked, unless the actor may unmask and gives a reason.
 * Always audited. (Not the service ledger, which is the `ledger` module.) Office-ready: a title, the
 * unit (the actor's region) and the date, the headings frozen with an auto-filter, Beijing time.
 */
export function createResidentsExport(deps: { db: Kysely<Database>; audit: AuditService; cipher: FieldCipher; regions: RegionDirectory }) {
  const { db, audit, cipher, regions } = deps;
  return {
    async exportResidents(
      ctx: ServiceContext,
      { reason: unmaskReason, ...query }: ExportResidentsQuery,
    ): Promise<{ fileName: string; stream: Readable }> {
      const unmasked = unmaskReason !== undefined;
      if (unmasked && !ctx.actor.permissions.has('resident:unmask')) throw new AppError('FORBIDDEN');
      // Birth dates (and their order) only beside full numbers: a masked file has whoever holds it as its reader.
      const view: ReaderView = { today: shanghaiDate(ctx.now), birthDates: unmasked };
      const first = await selectResidentPage(db, ctx.actor.scope, { ...query, page: 1, pageSize: 1 }, view);
      await db.transaction().execute((trx) =>
        audit.record(trx, ctx, {
          action: 'resident.export',
          entityType: 'resident',
          region: scopeRegion(ctx.actor.scope),
          details: { rows: first.total, unmasked, ...(unmasked ? { reason: unmaskReason } : {}), filters: query },
        }),
      );
      const stream = new PassThrough();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
      const sheet = workbook.addWorksheet('劳动力资源台账', OFFICE_SHEET_OPTIONS);
      const columns = columnsOf(unmasked);
      // Keys and widths only: the headings are the third row, under the title and the unit line.
      sheet.columns = columns.map(({ key, width }) => ({ key, width }));
      const { scope } = ctx.actor;
      const unit = (await regions.nameOf(scope.villageCode ?? scope.townCode ?? scope.districtCode)) ?? scope.districtCode;
      addOfficeHeading(sheet, { title: '劳动力资源台账', unit, now: ctx.now, headers: columns.map((column) => column.header) });
      const { today } = view;
      const write = async () => {
        for (let page = 1; ; page++) {
          const { rows } = await selectResidentPage(db, ctx.actor.scope, { ...query, page, pageSize: 1000 }, view);
          if (rows.length === 0) break;
          const groups = await selectKeyGroups(
            db,
            rows.map((row) => row.id),
          );
          for (const row of rows) {
            sheet
              .addRow(
                neutraliseRow({
                  name: row.name,
                  idNumber: unmasked ? cipher.decrypt(row.id_number_cipher) : row.id_number_masked,
                  sex: SEX_LABELS[row.sex],
                  ...(unmasked ? { birthDate: row.birth_date } : { age: ageOn(row.birth_date, today) }),
                  mobile: unmasked ? (row.mobile_cipher ? cipher.decrypt(row.mobile_cipher) : '') : (row.mobile_masked ?? ''),
                  hukouType: HUKOU_TYPE_LABELS[row.hukou_type],
                  town: row.town_name,
                  village: row.village_name,
                  education: EDUCATION_LEVEL_LABELS[row.education],
                  status: EMPLOYMENT_STATUS_LABELS[row.employment_status],
                  keyGroups: (groups.get(row.id) ?? [])
                    .filter((g) => isMembershipCurrent({ validFrom: g.valid_from, validTo: g.valid_to }, today))
                    .map((g) => KEY_GROUP_LABELS[g.key_group])
                    .join('、'),
                  address: row.address,
                  updatedAt: beijingDateTime(row.updated_at),
                }),
              )
              .commit();
          }
          if (rows.length < 1000) break;
        }
        sheet.commit();
        await workbook.commit();
      };
      write().catch((error: unknown) => stream.destroy(error as Error));
      return { fileName: `劳动力资源台账-${today}.xlsx`, stream };
    },
  };
}
export type ResidentsExport = ReturnType<typeof createResidentsExport>;

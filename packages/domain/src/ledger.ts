import { z } from 'zod';
import { DateSchema, IdSchema, PageQuerySchema, pageOf, TimestampSchema } from './common.ts';
import { TownCodeSchema, VillageCodeSchema } from './regions.ts';
import { SERVICE_ITEMS, SERVICE_MODULES, ServiceItemNoSchema, type ServiceModule } from './service-items.ts';

/**
 * The service ledger (服务台账, plan §二.四 and its annex): one record per service given, written by
 * every module inside its own transaction (ARCHITECTURE §9). Counts per item, site, staff member
 * and period are read from it alone.
 */

/** How the resident reached the service (服务渠道). */
export const SERVICE_CHANNELS = ['walk_in', 'appointment', 'home_visit', 'phone', 'online', 'remote'] as const;
export const ServiceChannelSchema = z.enum(SERVICE_CHANNELS, { error: '服务渠道不正确' });
export type ServiceChannel = z.infer<typeof ServiceChannelSchema>;
export const SERVICE_CHANNEL_LABELS: Record<ServiceChannel, string> = {
  walk_in: '窗口',
  appointment: '预约',
  home_visit: '上门',
  phone: '电话',
  online: '线上',
  remote: '远程帮办',
};

/** The plan's five service styles (服务方式, §二.四). */
export const SERVICE_STYLES = ['standard', 'proactive', 'home', 'customised', 'appointment'] as const;
export const ServiceStyleSchema = z.enum(SERVICE_STYLES, { error: '服务方式不正确' });
export type ServiceStyle = z.infer<typeof ServiceStyleSchema>;
export const SERVICE_STYLE_LABELS: Record<ServiceStyle, string> = {
  standard: '标准服务',
  proactive: '主动服务',
  home: '上门服务',
  customised: '定制服务',
  appointment: '预约服务',
};

export const SERVICE_OUTCOMES = ['done', 'in_progress', 'referred', 'not_done'] as const;
export const ServiceOutcomeSchema = z.enum(SERVICE_OUTCOMES, { error: '办理结果不正确' });
export type ServiceOutcome = z.infer<typeof ServiceOutcomeSchema>;
export const SERVICE_OUTCOME_LABELS: Record<ServiceOutcome, string> = {
  done: '已办结',
  in_progress: '办理中',
  referred: '已转介',
  not_done: '未办成',
};

/** Known item numbers only (1–25): anything else is refused on the field. */
export const LedgerItemNoSchema = z.coerce.number().pipe(ServiceItemNoSchema);

/** Quick entry at the desk: a walk-in (resident found or registered first through the registry). */
export const CreateServiceRecordBodySchema = z
  .object({
    itemNo: ServiceItemNoSchema,
    residentId: IdSchema.nullish(),
    employerId: IdSchema.nullish(),
    /** The delivering site; defaults to the signed-in staff member's own site. */
    siteId: IdSchema.optional(),
    channel: ServiceChannelSchema.default('walk_in'),
    style: ServiceStyleSchema.default('standard'),
    outcome: ServiceOutcomeSchema,
    note: z.string().trim().max(500, { error: '不能超过 500 个字符' }).nullish(),
    /** When it happened; defaults to now, never in the future. */
    at: z.iso.datetime({ offset: true, error: '时间格式不正确' }).optional(),
    durationMinutes: z
      .number()
      .int()
      .min(0, { error: '时长不能为负' })
      .max(24 * 60, { error: '时长不能超过一天' })
      .nullish(),
  })
  .superRefine((body, ctx) => {
    if (!body.residentId && !body.employerId && !body.note) {
      ctx.addIssue({ code: 'custom', path: ['residentId'], message: '请选择服务对象（居民或用人单位），匿名来访请填写备注' });
    }
  });
export type CreateServiceRecordBody = z.input<typeof CreateServiceRecordBodySchema>;
export type CreateServiceRecordInput = z.output<typeof CreateServiceRecordBodySchema>;

export const ServiceRecordSchema = z.object({
  id: IdSchema,
  itemNo: z.number().int(),
  residentId: z.string().nullable(),
  residentName: z.string().nullable(),
  employerId: z.string().nullable(),
  employerName: z.string().nullable(),
  siteId: z.string(),
  siteName: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  channel: ServiceChannelSchema,
  style: ServiceStyleSchema,
  outcome: ServiceOutcomeSchema,
  note: z.string().nullable(),
  at: TimestampSchema,
  durationMinutes: z.number().int().nullable(),
  sourceModule: z.string(),
  sourceId: z.string(),
  townCode: z.string(),
  villageCode: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;
export const ServiceRecordPageSchema = pageOf(ServiceRecordSchema);

/** A period of Shanghai calendar dates, both ends included. */
const PeriodSchema = z.object({ from: DateSchema.optional(), to: DateSchema.optional() });

export const ListServiceRecordsQuerySchema = PageQuerySchema.extend({
  siteId: IdSchema.optional(),
  townCode: TownCodeSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  itemNo: LedgerItemNoSchema.optional(),
  staffId: IdSchema.optional(),
  channel: ServiceChannelSchema.optional(),
  residentId: IdSchema.optional(),
  employerId: IdSchema.optional(),
  ...PeriodSchema.shape,
});
export type ListServiceRecordsQuery = z.infer<typeof ListServiceRecordsQuerySchema>;

export const LEDGER_SUMMARY_GROUPS = ['site', 'town', 'staff'] as const;
export const LedgerSummaryGroupSchema = z.enum(LEDGER_SUMMARY_GROUPS);
export type LedgerSummaryGroup = z.infer<typeof LedgerSummaryGroupSchema>;
export const LEDGER_SUMMARY_GROUP_LABELS: Record<LedgerSummaryGroup, string> = { site: '按站点', town: '按乡镇', staff: '按工作人员' };

/** Month totals by default: `month` (YYYY-MM) or an explicit from/to. */
export const LedgerSummaryQuerySchema = z.object({
  groupBy: LedgerSummaryGroupSchema.default('site'),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 YYYY-MM' })
    .optional(),
  ...PeriodSchema.shape,
  townCode: TownCodeSchema.optional(),
  villageCode: VillageCodeSchema.optional(),
  siteId: IdSchema.optional(),
});
export type LedgerSummaryQuery = z.infer<typeof LedgerSummaryQuerySchema>;

export const LedgerSummaryRowSchema = z.object({
  /** Site id, town code or staff id, by the grouping. */
  key: z.string(),
  label: z.string(),
  /** Count per item number 1–25 (index 0 = item 1). */
  counts: z.array(z.number().int()),
  total: z.number().int(),
});
export type LedgerSummaryRow = z.infer<typeof LedgerSummaryRowSchema>;
export const LedgerSummarySchema = z.object({
  groupBy: LedgerSummaryGroupSchema,
  from: DateSchema,
  to: DateSchema,
  rows: z.array(LedgerSummaryRowSchema),
  totals: z.array(z.number().int()),
  total: z.number().int(),
});
export type LedgerSummary = z.infer<typeof LedgerSummarySchema>;

export const LedgerExportQuerySchema = LedgerSummaryQuerySchema.omit({ groupBy: true });
export type LedgerExportQuery = z.infer<typeof LedgerExportQuerySchema>;

/** The item numbers of each of the six modules: one export sheet per module. */
export const SERVICE_ITEMS_BY_MODULE: Record<ServiceModule, number[]> = Object.fromEntries(
  SERVICE_MODULES.map((module) => [module, SERVICE_ITEMS.filter((item) => item.module === module).map((item) => item.no)]),
) as Record<ServiceModule, number[]>;

/** Short names of the 25 items for column heads and pickers (the annex's wording, abridged). */
export const SERVICE_ITEM_SHORT_LABELS: Record<number, string> = {
  1: '调查走访',
  2: '个性化服务档案',
  3: '政策咨询',
  4: '全日制岗位筹集',
  5: '非全日制岗位筹集',
  6: '公益性岗位筹集',
  7: '岗位查询推荐',
  8: '职业指导',
  9: '协助面试体检',
  10: '帮办就业参保登记',
  11: '指导自主参训',
  12: '开办技能培训班',
  13: '就业培训服务',
  14: '技能评价服务',
  15: '培训补贴申领',
  16: '居村调查排摸',
  17: '协助失业登记',
  18: '协助就困认定',
  19: '协助补贴申领',
  20: '衔接社会救助',
  21: '创业指导师进社区',
  22: '专家预约咨询坐诊',
  23: '创业指导',
  24: '免费创业工位',
  25: '小型创业活动',
};

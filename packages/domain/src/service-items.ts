import { z } from 'zod';

/** The plan's annex: 《“15分钟就业服务圈”就业服务站点服务事项清单》, 25 items in six modules. */
export const SERVICE_MODULES = ['needs_survey', 'job_collection', 'matching', 'skills', 'assistance', 'entrepreneurship'] as const;
export const ServiceModuleSchema = z.enum(SERVICE_MODULES);
export type ServiceModule = z.infer<typeof ServiceModuleSchema>;
export const SERVICE_MODULE_LABELS: Record<ServiceModule, string> = {
  needs_survey: '就业需求排摸',
  job_collection: '就业岗位募集',
  matching: '就业供需匹配',
  skills: '就业能力提升',
  assistance: '就业援助',
  entrepreneurship: '创业服务',
};

export const SERVICE_ITEM_KINDS = ['basic', 'extended'] as const;
export type ServiceItemKind = (typeof SERVICE_ITEM_KINDS)[number];
export const SERVICE_ITEM_KIND_LABELS: Record<ServiceItemKind, string> = { basic: '基础功能', extended: '拓展功能' };

export interface ServiceItemDefinition {
  no: number;
  module: ServiceModule;
  kind: ServiceItemKind;
  /** The plan's own words (具体要求). */
  text: string;
}

export const SERVICE_ITEMS: readonly ServiceItemDefinition[] = [
  { no: 1, module: 'needs_survey', kind: 'basic', text: '依托实名信息开展调查走访。' },
  { no: 2, module: 'needs_survey', kind: 'basic', text: '制订个性化就业服务档案。' },
  { no: 3, module: 'needs_survey', kind: 'basic', text: '提供政策咨询服务。' },
  { no: 4, module: 'job_collection', kind: 'basic', text: '走访社区周边用工企业，筹集全日制岗位。' },
  { no: 5, module: 'job_collection', kind: 'basic', text: '摸排社区周边个体工商户，对接家政企业和平台企业，筹集非全日制岗位。' },
  { no: 6, module: 'job_collection', kind: 'extended', text: '筹集保洁、保安、助残、养老护理等社区公益性岗位。' },
  { no: 7, module: 'matching', kind: 'basic', text: '提供岗位信息查询和推荐服务。' },
  { no: 8, module: 'matching', kind: 'extended', text: '提供职业指导服务。' },
  { no: 9, module: 'matching', kind: 'extended', text: '协助开展面试、体检等工作。' },
  { no: 10, module: 'matching', kind: 'extended', text: '帮办就业参保登记。' },
  { no: 11, module: 'skills', kind: 'basic', text: '指导服务对象自主参加培训。' },
  { no: 12, module: 'skills', kind: 'extended', text: '开办就业技能培训班。' },
  { no: 13, module: 'skills', kind: 'extended', text: '提供就业培训服务。' },
  { no: 14, module: 'skills', kind: 'extended', text: '提供技能评价服务。' },
  { no: 15, module: 'skills', kind: 'extended', text: '提供补贴申领服务。' },
  { no: 16, module: 'assistance', kind: 'basic', text: '定期对辖区内各居村开展调查排摸。' },
  { no: 17, module: 'assistance', kind: 'basic', text: '协助办理失业登记手续。' },
  { no: 18, module: 'assistance', kind: 'basic', text: '协助办理就困认定手续。' },
  { no: 19, module: 'assistance', kind: 'basic', text: '协助办理补贴申领手续。' },
  { no: 20, module: 'assistance', kind: 'extended', text: '衔接社会救助政策、纳入救助体系。' },
  { no: 21, module: 'entrepreneurship', kind: 'basic', text: '推动创业指导师和创业指导专家进社区。' },
  { no: 22, module: 'entrepreneurship', kind: 'basic', text: '提供专家预约咨询或者坐诊服务。' },
  { no: 23, module: 'entrepreneurship', kind: 'extended', text: '提供创业指导。' },
  { no: 24, module: 'entrepreneurship', kind: 'extended', text: '提供开放式的免费工位。' },
  { no: 25, module: 'entrepreneurship', kind: 'extended', text: '组织小型创业主题活动。' },
];

export const SERVICE_ITEM_NOS = SERVICE_ITEMS.map((item) => item.no);
export const BASIC_SERVICE_ITEM_NOS = SERVICE_ITEMS.filter((item) => item.kind === 'basic').map((item) => item.no);

export const ServiceItemNoSchema = z
  .number()
  .int()
  .min(1, { error: '服务事项编号应为 1–25' })
  .max(SERVICE_ITEMS.length, { error: '服务事项编号应为 1–25' });

export function serviceItem(no: number): ServiceItemDefinition | undefined {
  return SERVICE_ITEMS.find((item) => item.no === no);
}

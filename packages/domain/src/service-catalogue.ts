import { z } from 'zod';
import { ServiceModuleSchema } from './service-items.ts';

/** What the plan asks every item to publish (服务对象、服务内容、申请方式、查询途径), editable by district admins. */
export const ServiceItemSchema = z.object({
  no: z.number().int(),
  module: ServiceModuleSchema,
  kind: z.enum(['basic', 'extended']),
  text: z.string(),
  audience: z.string(),
  content: z.string(),
  howToApply: z.string(),
  whereToCheck: z.string(),
  siteCount: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

/** What a resident reads of an item on a site's public page and poster: the published texts, no counts. */
export const PublicServiceItemSchema = ServiceItemSchema.pick({
  no: true,
  module: true,
  text: true,
  audience: true,
  content: true,
  howToApply: true,
  whereToCheck: true,
});
export type PublicServiceItem = z.infer<typeof PublicServiceItemSchema>;

export const UpdateServiceItemBodySchema = z
  .object({
    audience: z.string().trim().min(1).max(500),
    content: z.string().trim().min(1).max(1000),
    howToApply: z.string().trim().min(1).max(1000),
    whereToCheck: z.string().trim().min(1).max(500),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: '至少修改一项' });
export type UpdateServiceItemBody = z.infer<typeof UpdateServiceItemBodySchema>;

export const ServiceItemParamsSchema = z.object({
  no: z.coerce.number().int().min(1, { error: '服务事项编号应为 1–25' }).max(25, { error: '服务事项编号应为 1–25' }),
});

/** Who each module serves, until a district admin writes the item's own text (plan §三). */
export const DEFAULT_AUDIENCES: Record<z.infer<typeof ServiceModuleSchema>, string> = {
  needs_survey: '辖区内劳动年龄段居民，重点为高校毕业生、就业困难人员、失业人员等重点群体',
  job_collection: '辖区用人单位、个体工商户、家政企业、民宿、农民专业合作社和平台企业，以及求职居民',
  matching: '有就业意愿和就业能力的求职居民',
  skills: '有培训或技能评价需求的劳动者',
  assistance: '就业困难人员、登记失业人员及其他需要援助的居民',
  entrepreneurship: '创业者及有创业意向的居民',
};
export const DEFAULT_HOW_TO_APPLY = '到就近的就业服务站（点）现场申请，或电话、线上预约；行动不便的可预约上门服务。';
export const DEFAULT_WHERE_TO_CHECK = '向受理站点的首问工作人员查询，或通过“一网通办”、上海人社APP查询办理进度。';

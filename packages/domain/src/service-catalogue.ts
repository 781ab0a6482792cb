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

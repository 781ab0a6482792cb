import { z } from 'zod';

/** Application-made UUIDv7 ids (ARCHITECTURE §3). */
export const IdSchema = z.uuid({ error: '编号格式不正确' });
export const IdParamsSchema = z.object({ id: IdSchema });
export type IdParams = z.infer<typeof IdParamsSchema>;

/** ISO-8601 UTC timestamp text. */
export const TimestampSchema = z.string();
/** Calendar date `YYYY-MM-DD`. */
export const DateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

/** Query-string booleans arrive as text. */
export const QueryBooleanSchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PAGE_SIZE_MAX = 100;
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(20),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const SortOrderSchema = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof SortOrderSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Trimmed, non-empty text with a maximum length. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: '不能为空' })
    .max(max, { error: `不能超过 ${max} 个字符` });
}

export const OkSchema = z.object({ ok: z.literal(true) });

/** WGS-84 coordinates; Chongming lies within these bounds (with margin for the whole of Shanghai). */
export const LngSchema = z.number().min(120.8, { error: '经度超出上海范围' }).max(122.2, { error: '经度超出上海范围' });
export const LatSchema = z.number().min(30.6, { error: '纬度超出上海范围' }).max(32.0, { error: '纬度超出上海范围' });

// ── settings the web app needs before sign-in ──

/** A map tile source; none means the map draws the project's own data only (offline). */
export const TileSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tianditu'), key: z.string() }),
  z.object({ kind: z.literal('xyz'), url: z.string(), crs: z.enum(['wgs84', 'gcj02']), attribution: z.string() }),
]);
export type TileSource = z.infer<typeof TileSourceSchema>;

export const ExternalPlatformSchema = z.object({ name: z.string(), url: z.string() });
export type ExternalPlatform = z.infer<typeof ExternalPlatformSchema>;

export const PublicConfigSchema = z.object({
  externalPlatforms: z.array(ExternalPlatformSchema),
  tileSource: TileSourceSchema.nullable(),
  /** The configured public address (PUBLIC_URL) QR codes encode; null when missing (posters need it). */
  publicUrl: z.string().nullable(),
  /** The directions link of a site, with {lng}, {lat} and {name} to fill in. */
  directionsUrl: z.string(),
});
export type PublicConfig = z.infer<typeof PublicConfigSchema>;

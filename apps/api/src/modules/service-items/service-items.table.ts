import type { Selectable } from 'kysely';

/** The district's editable wording of each of the 25 items (audience, content, how to apply, where to check). */
export interface ServiceItemDetailsTable {
  item_no: number;
  audience: string;
  content: string;
  how_to_apply: string;
  where_to_check: string;
  updated_by: string | null;
  updated_at: string | null;
}
export type ServiceItemDetailsRow = Selectable<ServiceItemDetailsTable>;

import type { ImportSynonym } from '@jobcircle/domain';
import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { ImportSynonymsTable } from './residents.table.ts';

/** A district's own import synonyms, by field and word. */
export async function selectImportSynonyms(db: Executor<Database>, districtCode: string): Promise<ImportSynonym[]> {
  return db
    .selectFrom('import_synonyms')
    .select(['field', 'text', 'value'])
    .where('district_code', '=', districtCode)
    .orderBy('field')
    .orderBy('text')
    .execute();
}

/** Replaces a district's synonyms with these (in the caller's transaction). */
export async function replaceImportSynonyms(db: Executor<Database>, districtCode: string, rows: ImportSynonymsTable[]): Promise<void> {
  await db.deleteFrom('import_synonyms').where('district_code', '=', districtCode).execute();
  if (rows.length > 0) await db.insertInto('import_synonyms').values(rows).execute();
}

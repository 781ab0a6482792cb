import { builtInSynonyms, type ImportSynonym, type ImportSynonyms, type PutImportSynonymsBody } from '@jobcircle/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { replaceImportSynonyms, selectImportSynonyms } from './import-synonyms.repository.ts';

/**
 * The import's value synonyms (issue 15 §5): the built-in table of the domain, and the words a
 * district admin adds (农村户口 → local_agricultural), which the next preview applies. District only:
 * the table is the district's, one for every importer in it.
 */
export function createImportSynonymsService(deps: { db: Kysely<Database>; audit: AuditService }) {
  const { db, audit } = deps;
  const requireDistrict = (ctx: ServiceContext) => {
    if (ctx.actor.scope.level !== 'district') throw new AppError('FORBIDDEN');
  };
  return {
    async listSynonyms(ctx: ServiceContext): Promise<ImportSynonyms> {
      requireDistrict(ctx);
      return { builtIn: builtInSynonyms(), custom: await selectImportSynonyms(db, ctx.actor.scope.districtCode) };
    },

    async replaceSynonyms(ctx: ServiceContext, body: PutImportSynonymsBody): Promise<ImportSynonyms> {
      requireDistrict(ctx);
      const { districtCode } = ctx.actor.scope;
      const at = ctx.now.toISOString();
      await db.transaction().execute(async (trx) => {
        await replaceImportSynonyms(
          trx,
          districtCode,
          body.synonyms.map((s) => ({
            district_code: districtCode,
            field: s.field,
            text: s.text,
            value: s.value,
            updated_by: ctx.actor.staffId,
            updated_at: at,
          })),
        );
        await audit.record(trx, ctx, {
          action: 'import_synonym.replace',
          entityType: 'import_synonym',
          region: { districtCode, townCode: null, villageCode: null },
          details: { count: body.synonyms.length },
        });
      });
      return { builtIn: builtInSynonyms(), custom: await selectImportSynonyms(db, districtCode) };
    },

    /** For the import: the district's own words (the lookup puts them over the built-in ones). */
    customFor(districtCode: string): Promise<ImportSynonym[]> {
      return selectImportSynonyms(db, districtCode);
    },
  };
}
export type ImportSynonymsService = ReturnType<typeof createImportSynonymsService>;

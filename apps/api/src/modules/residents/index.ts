import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { App } from '../../platform/route-types.ts';
import { createAssistanceFilesService } from './assistance-files.service.ts';
import { createDemoResidentsService } from './demo-residents.service.ts';
import { createDuplicatesService } from './duplicates.service.ts';
import { createEmploymentStatusChanger } from './employment-status.ts';
import { createImportBatches } from './import.batch.ts';
import { createImportJobs } from './import.job.ts';
import { createImportSynonymsService } from './import-synonyms.service.ts';
import { createResidentImportsService, type ResidentImportsDeps } from './imports.service.ts';
import { regionOf } from './residents.access.ts';
import { createResidentsExport } from './residents.export.ts';
import { findMobileCipher } from './residents.repository.ts';
import { residentsRoutes } from './residents.routes.ts';
import { createResidentsService, type ResidentsServiceDeps } from './residents.service.ts';
import { createTimelineService } from './timeline.service.ts';

export type { DemoResident } from './demo-residents.service.ts';
export type { EmploymentStatusChanger, StatusChange } from './employment-status.ts';
export type { ErrorLog } from './import.job.ts';
export { type ResidentRegion, regionOf } from './residents.access.ts';
export type { TimelineAppend, TimelineService, TimelineSource } from './timeline.service.ts';

export type ResidentsDeps = ResidentsServiceDeps & ResidentImportsDeps;

/**
 * The labour-force registry (劳动力资源库, plan §三.一, §四.三): files, households, the assistance
 * file, the timeline, duplicates, imports and the residents export. For other modules
 * (ARCHITECTURE §9): `timeline.append(trx, ctx, entry)` and `regionOf(trx, scope, residentId)`.
 */
export function createResidentsServices(deps: ResidentsDeps) {
  const residents = createResidentsService(deps);
  const batches = createImportBatches(deps);
  const jobs = createImportJobs({ ...deps, batches });
  const synonyms = createImportSynonymsService(deps);
  return {
    residents,
    imports: createResidentImportsService({ ...deps, batches, jobs, synonyms }),
    /** The import's value synonyms: the domain's table and the district's own words. */
    synonyms,
    residentsExport: createResidentsExport(deps),
    timeline: createTimelineService(deps),
    assistanceFiles: createAssistanceFilesService(deps),
    duplicates: createDuplicatesService({ ...deps, view: residents.view }),
    /** For other modules: the resident's region codes, NOT_FOUND outside `scope`. */
    regionOf,
    /** For other modules: a change of employment status in the caller's transaction (a hire), with its history. */
    employment: createEmploymentStatusChanger(deps),
    /** For the demo seed at composition only: demo residents written in the seed's transaction. */
    demo: createDemoResidentsService(deps),
    /**
     * For the notification outbox only (system work, no actor): a resident's mobile in full, to hand
     * to the SMS gateway. The notification row records what was sent to whom; nothing else decrypts.
     */
    async mobileOf(trx: Executor<Database>, residentId: string): Promise<string | null> {
      const cipherText = await findMobileCipher(trx, residentId);
      return cipherText ? deps.cipher.decrypt(cipherText) : null;
    },
  };
}
export type ResidentsServices = ReturnType<typeof createResidentsServices>;

export function registerResidents(app: App, services: ResidentsServices): void {
  void app.register(residentsRoutes(services), { prefix: '/api/residents' });
}

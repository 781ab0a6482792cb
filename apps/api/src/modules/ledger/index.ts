import type { App } from '../../platform/route-types.ts';
import { createLedgerExport } from './ledger.export.ts';
import { ledgerRoutes } from './ledger.routes.ts';
import { createLedgerService, type LedgerServiceDeps } from './ledger.service.ts';

export type {
  EmployerRegions,
  LedgerServiceDeps,
  RecordServiceInput,
  ResidentRegions,
  SiteLookup,
  Timeline,
} from './ledger.service.ts';

/**
 * The service ledger (服务台账, ARCHITECTURE §9): every module records the services it gives with
 * `ledger.recordService(trx, ctx, input)` inside its own transaction; views, totals and the export.
 */
export function createLedgerServices(deps: LedgerServiceDeps) {
  return { ...createLedgerService(deps), ...createLedgerExport(deps) };
}
export type LedgerServices = ReturnType<typeof createLedgerServices>;

export function registerLedger(app: App, ledger: LedgerServices): void {
  void app.register(ledgerRoutes(ledger), { prefix: '/api/ledger' });
}

import { DISTRICT_CODE } from '@jobcircle/domain';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { FIRST_ADMIN_USERNAME } from '../modules/accounts/index.ts';
import { systemContext } from '../platform/context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo-seed.ts';
import type { Services } from './services.ts';

/**
 * What start-up does before serving: migrations (on the embedded default; PostgreSQL is migrated by
 * `npm run db:migrate`), the real divisions, the first administrator, and the demo data when on.
 * Returns the lines to print once. Work that resumes in the background (interrupted imports) is
 * started by `resumeBackgroundWork`, after the server listens.
 */
export async function bootstrap(config: Config, database: DatabaseHandle, services: Services): Promise<string[]> {
  const lines: string[] = [];
  const now = services.clock();
  if (database.dialect === 'sqlite') await migrateToLatest(database.db);
  await services.regions.importReference();
  // The years the district entered into the working-day calendar, before anything counts working days.
  await services.calendar.load();
  const adminPassword = await services.accounts.setup.ensureFirstAdmin(systemContext('first-run', now), DISTRICT_CODE);
  if (adminPassword) {
    lines.push('首次运行：已创建区级管理员（首次登录须修改密码，此密码只显示这一次）');
    lines.push(`  first run: district administrator created — user ${FIRST_ADMIN_USERNAME}, one-time password ${adminPassword}`);
  }
  // The policies of the research notes (shanghai-rules.md), once per code.
  await services.policies.seed(systemContext('policy-seed', now));
  if (config.demo) {
    await seedDemo(services, systemContext('demo-seed', now));
    lines.push(`演示模式 demo mode (DEMO=false to turn off): demo accounts, password ${DEMO_PASSWORD}`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.username.padEnd(24)} ${account.role}`);
  }
  return lines;
}

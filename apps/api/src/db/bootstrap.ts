import type { Services } from '../app.ts';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seeds/demo.ts';
import { ensureFirstAdmin, FIRST_ADMIN_USERNAME } from './seeds/first-admin.ts';
import { loadReferenceData } from './seeds/reference.ts';

export const DISTRICT_CODE = '310151';

/**
 * What start-up does before serving: migrations (on the embedded default; PostgreSQL is migrated by
 * `npm run db:migrate`), the real divisions, the first administrator, and the demo data when on.
 * Returns the lines to print once.
 */
export async function bootstrap(config: Config, database: DatabaseHandle, services: Services, now: Date): Promise<string[]> {
  const lines: string[] = [];
  if (database.dialect === 'sqlite') await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  await services.org.regions.load();
  const adminPassword = await ensureFirstAdmin(database.db, services.audit, DISTRICT_CODE, now);
  if (adminPassword) {
    lines.push('首次运行：已创建区级管理员（首次登录须修改密码，此密码只显示这一次）');
    lines.push(`  first run: district administrator created — user ${FIRST_ADMIN_USERNAME}, one-time password ${adminPassword}`);
  }
  const resumed = await services.residents.imports.resumeImports(now);
  if (resumed > 0) lines.push(`继续 ${resumed} 个因重启中断的导入 — resuming ${resumed} interrupted import(s)`);
  if (config.demo) {
    await seedDemo(database.db, services.org, services.audit, services.cipher, now);
    lines.push(`演示模式 demo mode (DEMO=false to turn off): demo accounts, password ${DEMO_PASSWORD}`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.username.padEnd(24)} ${account.role}`);
  }
  return lines;
}

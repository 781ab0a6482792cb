import path from 'node:path';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { scheduleBackups } from './composition/backup.ts';
import { bootstrap } from './composition/bootstrap.ts';
import { createServices } from './composition/services.ts';
import { ConfigError, ensureDataDir, loadConfig, resolveKeys } from './config.ts';
import { createDatabase } from './db/database.ts';
import { startAuditCheckpoints } from './modules/audit/index.ts';
import { createLogger } from './platform/logging.ts';

async function main(): Promise<void> {
  const loaded = loadConfig();
  const config = resolveKeys(loaded);
  ensureDataDir(config);
  const database = createDatabase(config.database);
  const services = createServices({ config, database, clock: () => new Date(), log: createLogger(config) });
  const lines = await bootstrap(config, database, services);
  const app = await buildApp({ config, database, services });
  // Signed checkpoints of the audit chain: now, on a schedule and at shutdown (after the last request).
  const checkpoints = startAuditCheckpoints(services.audit, {
    clock: services.clock,
    log: services.log,
    intervalMinutes: config.auditCheckpoints.intervalMinutes,
  });
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    await services.tasks.stop();
    await app.close();
    await checkpoints.stop();
    await database.destroy();
  });
  const address = await app.listen({ host: config.host, port: config.port });
  for (const line of lines) console.log(line);
  console.log(`JobCircle 就业服务圈 is running at ${address.replace('127.0.0.1', 'localhost')} (API docs: ${address}/api/docs)`);
  // Background work resumes once the server answers, so a long import never keeps it unreachable.
  const resumed = await services.residents.imports.resumeImports(services.clock());
  if (resumed > 0) console.log(`继续 ${resumed} 个因重启中断的导入 — resuming ${resumed} interrupted import(s)`);
  // Scheduled backups (BACKUP_DIR) of the embedded database, through the task queue; PostgreSQL has pg_dump.
  if (config.backup && database.dialect === 'sqlite') {
    // Keys set in the environment are not in a file: the backups hold none (README).
    const keysFile = loaded.keys ? null : path.join(config.dataDir, 'keys.json');
    await scheduleBackups(services.tasks, database, { ...config.backup, keysFile, clock: services.clock });
  } else if (config.backup) {
    services.log.warn({ dir: config.backup.dir }, 'BACKUP_DIR is ignored with PostgreSQL: schedule pg_dump instead (README)');
  }
  // Outreach (政策找人): the registry screened against the policies in force every night at 02:00.
  await services.outreach.scheduleNightly(services.clock());
  // Durable tasks (reminders, escalations): due ones, and those a crash left running, run now and every 5 s.
  services.tasks.start({ clock: services.clock, log: services.log, pollMs: 5_000 });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

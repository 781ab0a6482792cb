import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { bootstrap } from './composition/bootstrap.ts';
import { createServices } from './composition/services.ts';
import { ConfigError, ensureDataDir, loadConfig, resolveKeys } from './config.ts';
import { createDatabase } from './db/database.ts';
import { startAuditCheckpoints } from './modules/audit/index.ts';
import { createLogger } from './platform/logging.ts';

async function main(): Promise<void> {
  const config = resolveKeys(loadConfig());
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
  // Durable tasks (reminders, escalations): due ones, and those a crash left running, run now and every 5 s.
  services.tasks.start({ clock: services.clock, log: services.log, pollMs: 5_000 });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

import closeWithGrace from 'close-with-grace';
import { buildApp, createServices } from './app.ts';
import { ConfigError, ensureDataDir, loadConfig, resolveKeys } from './config.ts';
import { bootstrap } from './db/bootstrap.ts';
import { createDatabase } from './db/database.ts';

async function main(): Promise<void> {
  const config = resolveKeys(loadConfig());
  ensureDataDir(config);
  const database = createDatabase(config.database);
  const lines = await bootstrap(config, database, createServices({ config, database }), new Date());
  const app = await buildApp({ config, database });
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    await app.close();
    await database.destroy();
  });
  const address = await app.listen({ host: config.host, port: config.port });
  for (const line of lines) console.log(line);
  console.log(`JobCircle 就业服务圈 is running at ${address.replace('127.0.0.1', 'localhost')} (API docs: ${address}/api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

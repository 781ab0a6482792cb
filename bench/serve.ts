// A server for bench/http.ts, in its own process so the load generator does not share its event loop.
//   bare: a bare Fastify handler, the baseline;  app: JobCircle on a fresh embedded database with demo data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../apps/api/src/app.ts';
import { bootstrap } from '../apps/api/src/composition/bootstrap.ts';
import { createServices } from '../apps/api/src/composition/services.ts';
import { loadConfig, resolveKeys } from '../apps/api/src/config.ts';
import { createDatabase } from '../apps/api/src/db/database.ts';
import { createLogger } from '../apps/api/src/platform/logging.ts';

const mode = process.argv[2];
if (mode === 'bare') {
  const app = Fastify();
  app.get('/hello', async () => ({ hello: 'world' }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ address }));
} else {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-bench-'));
  const config = resolveKeys(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000' }));
  const database = createDatabase(config.database);
  const services = createServices({ config, database, clock: () => new Date(), log: createLogger(config) });
  await bootstrap(config, database, services);
  const app = await buildApp({ config, database, services });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ address, dataDir }));
}

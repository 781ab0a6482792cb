import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.ts';
import { createServices } from '../composition/services.ts';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { generateKey } from '../platform/crypto.ts';
import { createLogger } from '../platform/logging.ts';

/** Writes apps/api/openapi.json from the routes' schemas; CI regenerates it and fails on a difference. */
const database = createDatabase({ dialect: 'sqlite', file: ':memory:' });
await migrateToLatest(database.db);
const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ENCRYPTION_KEY: generateKey(), BLIND_INDEX_KEY: generateKey() });
const services = createServices({ config, database, clock: () => new Date(), log: createLogger(config) });
await services.regions.importReference();
const app = await buildApp({ config, database, services });
await app.ready();
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'openapi.json');
writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.destroy();
console.log(`wrote ${file}`);

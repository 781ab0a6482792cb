import { migrateDown, migrateToLatest } from '../db/migrate.ts';
import { openConfiguredDatabase } from './open-database.ts';

/** `npm run db:migrate` (to the latest) or `npm run db:migrate -- down` (undo the newest one). */
const direction = process.argv[2] ?? 'latest';
const { database } = openConfiguredDatabase();
try {
  const { results } = direction === 'down' ? await migrateDown(database.db) : await migrateToLatest(database.db);
  for (const result of results ?? [])
    console.log(`${result.direction === 'Up' ? 'up' : 'down'}  ${result.migrationName}  ${result.status}`);
  if (!results?.length) console.log('nothing to migrate');
} finally {
  await database.destroy();
}

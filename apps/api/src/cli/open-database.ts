import { ensureDataDir, loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';

/** The database the configuration names (DATABASE_URL or the embedded file under DATA_DIR). */
export function openConfiguredDatabase() {
  const config = loadConfig();
  ensureDataDir(config);
  return { config, database: createDatabase(config.database) };
}

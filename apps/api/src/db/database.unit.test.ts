import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './database.ts';

const mode = (file: string) => statSync(file).mode & 0o777;

describe('the embedded database file', () => {
  it('is created owner-only (0600), and so are its -wal and -shm files', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jc-db-')), 'jobcircle.db');
    const database = createDatabase({ dialect: 'sqlite', file });
    await sql`create table t (x integer)`.execute(database.db);
    await sql`insert into t values (1)`.execute(database.db);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    await database.destroy();
  });

  it('narrows a file an older version created 0644', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jc-db-')), 'jobcircle.db');
    writeFileSync(file, '', { mode: 0o644 });
    expect(mode(file)).toBe(0o644);
    const database = createDatabase({ dialect: 'sqlite', file });
    await sql`select 1`.execute(database.db);
    expect(mode(file)).toBe(0o600);
    await database.destroy();
  });
});

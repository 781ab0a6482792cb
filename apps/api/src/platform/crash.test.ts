import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The crash test of bench/crash.ts at a small count (by hand: npm run crash, 100 rounds). It starts
// its own server processes on their own embedded database, so it runs once, in the SQLite project.
describe.runIf(inject('dialect') === 'sqlite')('kill -9 during concurrent writes (bench/crash.ts)', () => {
  it('loses no acknowledged write, writes nothing twice, verifies the audit chain and finishes the import after 3 kills', async () => {
    let output: string;
    let code = 0;
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '../../bench/crash.ts', '3', '14'], {
        cwd: apiDir,
        env: { ...process.env, CRASH_IMPORT_ROWS: '2100', CRASH_WRITERS: '3', CRASH_MIN_KILL_MS: '800', CRASH_MAX_KILL_MS: '2000' },
      });
      output = stdout + stderr;
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      code = failed.code;
      output = failed.stdout + failed.stderr;
    }
    expect(output).not.toContain('FAILED');
    expect(code).toBe(0);
    expect(output).toMatch(/lost 0, duplicated 0/);
    expect(output).toMatch(/audit chain verified 4 of 4 starts/);
    expect(output).toContain('audit chain intact');
    // The clients wrote something every round, and the imports completed.
    const created = Number(/(\d+) residents created/.exec(output)?.[1] ?? 0);
    expect(created).toBeGreaterThan(0);
    expect(output).toMatch(/imports completed (\d+) of \1 /);
    expect(output).not.toMatch(/imports completed 0 /);
  }, 150_000);
});

// PostgreSQL under load (npm run crash -- --postgres): the app's connections to a database the script
// creates and drops are terminated; every answer is a 2xx or a clean 503, and the same process recovers.
describe.runIf(inject('dialect') === 'postgres')('PostgreSQL connections terminated under load (bench/crash.ts --postgres)', () => {
  it('answers 503 DATABASE_UNAVAILABLE, never a 500, and recovers without a restart, losing no acknowledged write', async () => {
    let output: string;
    let code = 0;
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '../../bench/crash.ts', '--postgres', '6', '14'],
        {
          cwd: apiDir,
          env: { ...process.env, CRASH_POSTGRES_URL: inject('postgresUrl') },
        },
      );
      output = stdout + stderr;
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      code = failed.code;
      output = failed.stdout + failed.stderr;
    }
    expect(output).not.toContain('FAILED');
    expect(code).toBe(0);
    expect(output).toMatch(/"503":[1-9]/);
    expect(output).not.toMatch(/"500":/);
    expect(output).toMatch(/lost 0; recovered without a restart yes/);
  }, 90_000);
});

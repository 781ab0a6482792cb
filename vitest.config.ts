import { defineConfig } from 'vitest/config';

// The API suite runs on the embedded SQLite always, and once more on PostgreSQL when
// TEST_DATABASE_URL is set (each test file creates and drops its own database there).
const postgresUrl = process.env.TEST_DATABASE_URL;

const apiProject = (name: string, dialect: 'sqlite' | 'postgres') => ({
  test: {
    name,
    include: ['apps/api/src/**/*.test.ts'],
    environment: 'node',
    provide: { dialect, postgresUrl: postgresUrl ?? '' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // Two cores: keep parallelism small.
    maxWorkers: 2,
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'], environment: 'node' } },
      apiProject('api-sqlite', 'sqlite'),
      ...(postgresUrl ? [apiProject('api-postgres', 'postgres')] : []),
    ],
  },
});

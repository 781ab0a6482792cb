import { defineConfig } from 'vitest/config';

// The API suite runs on the embedded SQLite always, and once more on PostgreSQL when
// TEST_DATABASE_URL is set (each test file creates and drops its own database there).
const postgresUrl = process.env.TEST_DATABASE_URL;

const apiProject = (name: string, dialect: 'sqlite' | 'postgres') => ({
  test: {
    name,
    include: ['apps/api/src/**/*.test.ts'],
    // Pure tests (no database) are named *.unit.test.ts and run once, in the `unit` project.
    exclude: ['apps/api/src/**/*.unit.test.ts'],
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
      {
        test: {
          name: 'unit',
          include: ['packages/domain/src/**/*.test.ts', 'apps/api/src/**/*.unit.test.ts'],
          environment: 'node',
        },
      },
      // The web's pure functions (form mappers, list parameters, menu); components are covered by the browser journeys.
      { test: { name: 'web', include: ['apps/web/src/**/*.test.ts'], environment: 'node' } },
      apiProject('api-sqlite', 'sqlite'),
      ...(postgresUrl ? [apiProject('api-postgres', 'postgres')] : []),
    ],
  },
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/build-test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ TIANDITU_KEY: 'test-key' });
});
afterAll(() => t.close());

describe('system routes', () => {
  it('reports the database as up', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'up', dialect: t.database.dialect });
  });

  it('reports 503 when the database does not answer', async () => {
    const broken = await buildTestApp();
    await broken.database.destroy();
    const response = await broken.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json().database).toBe('down');
    await broken.close();
  });

  it('gives the web app its public settings without sign-in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/config' });
    expect(response.json().tileSource).toEqual({ kind: 'tianditu', key: 'test-key' });
    expect(response.json().externalPlatforms.map((p: { name: string }) => p.name)).toEqual(['上海公共招聘新平台', '崇明就业·公共招聘']);
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toContain('/api/sites');
  });
});

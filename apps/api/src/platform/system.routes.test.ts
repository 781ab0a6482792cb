import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
    // Without PUBLIC_URL the console warns and posters carry no QR code (never the address the staff member used).
    expect(response.json().publicUrl).toBeNull();
    expect(response.json().directionsUrl).toContain('{lng}');
  });

  it('answers the configured public address', async () => {
    const configured = await buildTestApp({ PUBLIC_URL: 'https://jobs.example.gov.cn/' });
    const response = await configured.app.inject({ method: 'GET', url: '/api/public/config' });
    expect(response.json().publicUrl).toBe('https://jobs.example.gov.cn');
    await configured.close();
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toContain('/api/sites');
  });
});

describe('security headers, compression and caching', () => {
  it('sends a CSP without framing, nosniff and a same-origin referrer policy; HSTS only over HTTPS', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const secure = await buildTestApp({ COOKIE_SECURE: 'true' });
    try {
      const over = await secure.app.inject({ method: 'GET', url: '/api/health' });
      expect(over.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });

  it('compresses large answers with brotli when asked', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
  });

  it('throttles probing for routes that do not exist (429 past the limit)', async () => {
    const probed = await buildTestApp({ NOT_FOUND_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await probed.app.inject({ method: 'GET', url: `/api/no-such-route-${i}` })).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
    } finally {
      await probed.close();
    }
  });

  it('serves hashed assets as immutable and the page itself as no-cache', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'jc-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>JobCircle</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    const web = await buildTestApp({ WEB_DIST: dist });
    try {
      const asset = await web.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const page = await web.app.inject({ method: 'GET', url: '/residents/some-page' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body).toContain('JobCircle');
    } finally {
      await web.close();
    }
  });
});

import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, TEST_PASSWORD, type TestApp } from '../test/build-test-app.ts';
import { idNumberFor, residentBody } from '../test/factories.ts';
import { createLogger, redactQueryValues } from './logging.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('request log', () => {
  it('keeps parameter names and drops every value of a query string', () => {
    expect(redactQueryValues('/api/residents?q=张三&last4=1234&flag')).toBe('/api/residents?q=[redacted]&last4=[redacted]&flag=[redacted]');
    expect(redactQueryValues('/api/sites')).toBe('/api/sites');
  });

  it('carries no ID number, mobile, name or last-4 digits of a resident search (issue 14)', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const idNumber = idNumberFor(377);
    const mobile = '13916007788';
    const name = '滧河沈';
    const created = await admin.post('/api/residents', residentBody(CHENGQIAO, CHENGQIAO_VILLAGE, { idNumber, mobile, name }));
    expect(created.statusCode).toBe(201);

    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ logLevel: 'info' }, sink);
    const app = await buildApp({ config: t.config, database: t.database, services: { ...t.services, log } });
    try {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-csrf-token': 'none' },
        payload: { username: admin.username, password: TEST_PASSWORD },
      });
      const cookie = signIn.cookies.find((c) => c.name === 'jc_session')?.value as string;
      const searches = [
        `q=${encodeURIComponent(idNumber)}`,
        `q=${mobile}`,
        `q=${encodeURIComponent(name)}`,
        `q=${name}`,
        `last4=${idNumber.slice(-4)}`,
        `last4=${mobile.slice(-4)}`,
      ];
      for (const query of searches) {
        const response = await app.inject({ method: 'GET', url: `/api/residents?${query}`, cookies: { jc_session: cookie } });
        expect(response.statusCode).toBe(200);
      }
      const text = lines.join('');
      expect(text).toContain('/api/residents?q=[redacted]');
      expect(text).toContain('/api/residents?last4=[redacted]');
      for (const secret of [idNumber, mobile, name, encodeURIComponent(name), idNumber.slice(-4), mobile.slice(-4), TEST_PASSWORD]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.ts';

/** The public pages (receipt status, rating) are throttled per address like the sign-in route. */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(() => t.close());

describe('public pages', () => {
  it('answer 429 RATE_LIMITED past the limit per minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await t.app.inject({ method: 'GET', url: '/api/public/tickets/ZZZZZZZZ' })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const limited = await t.app.inject({ method: 'GET', url: '/api/public/tickets/ZZZZZZZZ' });
    expect(limited.json().code).toBe('RATE_LIMITED');
    const rating: number[] = [];
    for (let i = 0; i < 4; i += 1)
      rating.push((await t.app.inject({ method: 'GET', url: `/api/public/feedback/${'A'.repeat(43)}` })).statusCode);
    expect(rating).toEqual([404, 404, 404, 429]);
  });

  it('throttle the public request form per address too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/public/tickets',
        headers: { 'x-csrf-token': 'none' },
        payload: { siteId: '0190a0a0-0000-7000-8000-000000000000', summary: '咨询', contactName: '王阿姨', mobile: '13912345678' },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().code).toBe('RATE_LIMITED');
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
  });
});

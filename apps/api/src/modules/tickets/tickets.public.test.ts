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
});

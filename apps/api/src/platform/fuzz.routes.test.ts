import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzAgent, fuzz, openApiDocument } from '../../../../bench/fuzz.ts';
import { BAOZHEN, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, type TestApp } from '../test/build-test-app.ts';

// The fuzzer of bench/fuzz.ts at a small count (by hand: npm run fuzz, 10,000 requests).
describe('fuzzing the API from its OpenAPI document', () => {
  let t: TestApp;
  let agents: FuzzAgent[];

  beforeAll(async () => {
    // 404s are what most fuzzed ids get: the probing limit would turn the rest of the run into 429s.
    t = await buildTestApp({ NOT_FOUND_RATE_LIMIT_PER_MINUTE: '1000000' });
    const roles = [
      ['district_admin', DISTRICT],
      ['town_admin', CHENGQIAO],
      ['station_staff', BAOZHEN],
      ['point_staff', CHENGQIAO_VILLAGE],
      ['volunteer', CHENGQIAO_VILLAGE],
      ['mentor', CHENGQIAO],
    ] as const;
    agents = [{ role: 'anonymous', request: (options) => t.app.inject(options) }];
    for (const [role, region] of roles) agents.push({ role, request: (await t.as(role, region)).request });
  });
  afterAll(() => t.close());

  it('answers 300 generated requests as every role without a 5xx, a stack or a polluted prototype', async () => {
    const result = await fuzz({ agents, document: openApiDocument(), count: 300, seed: 14 });
    expect(result.failures).toEqual([]);
    expect(result.requests).toBeGreaterThan(250);
    // The run reached handlers, not only the validation in front of them.
    expect(result.byStatus['2xx']).toBeGreaterThan(0);
    expect(result.byStatus['4xx']).toBeGreaterThan(0);
  }, 60_000);

  it('reports a 5xx and a leaked stack (the detector can fail)', async () => {
    const answer = (statusCode: number, body: string) =>
      ({ statusCode, body, headers: { 'content-type': 'application/json' } }) as unknown as LightMyRequestResponse;
    const broken: FuzzAgent[] = [
      { role: 'district_admin', request: async () => answer(500, '{"code":"INTERNAL_ERROR"}') },
      { role: 'town_admin', request: async () => answer(400, '{"message":"boom\\n    at handler (/srv/app/x.ts:1:2)"}') },
    ];
    const result = await fuzz({ agents: broken, document: openApiDocument(), count: 40, seed: 1 });
    expect(new Set(result.failures.map((f) => f.why))).toEqual(new Set(['status 500', 'leaked internals']));
  });
});

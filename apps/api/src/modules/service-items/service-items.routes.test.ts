import { PublicServiceItemSchema, ServiceItemSchema } from '@jobcircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createSite, stationBody } from '../../test/factories.ts';

let t: TestApp;
let district: Agent;
beforeAll(async () => {
  t = await buildTestApp();
  district = await t.as('district_admin', DISTRICT);
  await createSite(district, stationBody(CHENGQIAO));
});
afterAll(() => t.close());

describe('service items', () => {
  it('lists the 25 items with what each publishes and how many active sites offer it', async () => {
    const items = ServiceItemSchema.array().parse((await district.get('/api/service-items')).json());
    expect(items).toHaveLength(25);
    expect(items[0]).toMatchObject({ no: 1, kind: 'basic', siteCount: 1 });
    expect(items[5]).toMatchObject({ no: 6, kind: 'extended', siteCount: 0 });
    expect(items.every((item) => item.audience && item.howToApply && item.whereToCheck)).toBe(true);
  });

  it('lets a district admin rewrite an item’s text, audited, and keeps the rest', async () => {
    const response = await district.patch('/api/service-items/17', { howToApply: '携身份证到镇就业服务站办理失业登记。' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      no: 17,
      howToApply: '携身份证到镇就业服务站办理失业登记。',
      content: '协助办理失业登记手续。',
    });
    const again = ServiceItemSchema.array().parse((await district.get('/api/service-items')).json());
    expect(again[16]?.howToApply).toBe('携身份证到镇就业服务站办理失业登记。');
    const audit = await t.database.db.selectFrom('audit_logs').select('action').where('entity_type', '=', 'service_item').execute();
    expect(audit.map((row) => row.action)).toEqual(['service_item.update']);
  });

  it('publishes the items’ texts without sign-in, and nothing else', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/service-items' });
    expect(response.statusCode).toBe(200);
    const items = PublicServiceItemSchema.array().parse(response.json());
    expect(items).toHaveLength(25);
    expect(Object.keys(response.json()[0]).sort()).toEqual(['audience', 'content', 'howToApply', 'module', 'no', 'text', 'whereToCheck']);
    expect(items.every((item) => item.content && item.howToApply)).toBe(true);
  });

  it('refuses a town admin (403) and an empty change (400)', async () => {
    const townAdmin = await t.as('town_admin', CHENGQIAO);
    expect((await townAdmin.patch('/api/service-items/1', { audience: 'x' })).statusCode).toBe(403);
    expect((await district.patch('/api/service-items/1', {})).statusCode).toBe(400);
  });
});

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAOZHEN, BAOZHEN_VILLAGE, buildTestApp, DISTRICT, type TestApp } from '../test/build-test-app.ts';
import { idNumberFor, residentBody } from '../test/factories.ts';

// The composition hands the SMS outbox the residents' mobiles: with a gateway configured, a message
// to a resident reaches the gateway with the full number (the only system read that decrypts one).

const received: { to: string; text: string; authorization: string | undefined }[] = [];
const gateway = createServer((request: IncomingMessage, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ ...(JSON.parse(body) as { to: string; text: string }), authorization: request.headers.authorization });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

let t: TestApp;
beforeAll(async () => {
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  t = await buildTestApp({ SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms`, SMS_GATEWAY_TOKEN: 'gateway-token' });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => gateway.close(resolve));
});

describe('SMS to a resident through the configured gateway', () => {
  it('sends the resident’s full mobile to the gateway, once, and records the message as sent', async () => {
    const admin = await t.as('district_admin', DISTRICT);
    const created = await admin.post(
      '/api/residents',
      residentBody(BAOZHEN, BAOZHEN_VILLAGE, { idNumber: idNumberFor(301), mobile: '13916000301' }),
    );
    expect(created.statusCode).toBe(201);
    const residentId = created.json().id as string;
    const { id } = await t.database.db.transaction().execute((trx) =>
      t.services.notifications.queue(
        trx,
        { now: t.clock.now },
        {
          channel: 'sms',
          residentId,
          subject: '预约提醒',
          body: '明天上午九点',
          region: { districtCode: DISTRICT, townCode: BAOZHEN, villageCode: BAOZHEN_VILLAGE },
        },
      ),
    );
    await t.services.tasks.runDue(t.clock.now);
    await t.services.tasks.runDue(t.clock.now);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: '13916000301', authorization: 'Bearer gateway-token' });
    const row = await t.database.db.selectFrom('notifications').select(['state']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
  });
});

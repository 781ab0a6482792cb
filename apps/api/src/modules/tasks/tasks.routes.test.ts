import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createServices } from '../../composition/services.ts';
import { createLogger } from '../../platform/logging.ts';
import { type Agent, buildTestApp, CHENGQIAO, CHENGQIAO_VILLAGE, DISTRICT, type TestApp } from '../../test/build-test-app.ts';
import { createTasksServices } from './index.ts';
import type { SmsGateway } from './sms-gateway.ts';

let t: TestApp;
let admin: Agent;
let townAdmin: Agent;
let worker: Agent;
let otherWorker: Agent;
const REGION = { districtCode: DISTRICT, townCode: CHENGQIAO, villageCode: CHENGQIAO_VILLAGE };
const NOW = new Date('2026-11-26T02:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.as('district_admin', DISTRICT);
  townAdmin = await t.as('town_admin', CHENGQIAO);
  worker = await t.as('point_staff', CHENGQIAO_VILLAGE);
  otherWorker = await t.as('point_staff', CHENGQIAO_VILLAGE);
});
afterAll(() => t.close());

async function tasksWithKey(key: string) {
  return t.database.db.selectFrom('tasks').selectAll().where('key', '=', key).execute();
}

/** A second process on the same database: its own services (handlers, runner id) and its own app. */
async function secondProcess() {
  const services = createServices({ config: t.config, database: t.database, clock: () => t.clock.now, log: createLogger(t.config) });
  const app = await buildApp({ config: t.config, database: t.database, services });
  return { services, app };
}

describe('the task outbox', () => {
  it('enqueues inside the caller’s transaction: a rollback leaves no task', async () => {
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await t.services.tasks.enqueue(trx, { kind: 'test.noop', key: 'rolled-back', runAt: NOW, payload: {} });
        throw new Error('caller fails');
      }),
    ).rejects.toThrow('caller fails');
    expect(await tasksWithKey('rolled-back')).toHaveLength(0);
  });

  it('keeps one task per key', async () => {
    await t.services.tasks.enqueue(t.database.db, { kind: 'test.noop', key: 'once', runAt: NOW, payload: { n: 1 } });
    await t.database.db
      .transaction()
      .execute((trx) => t.services.tasks.enqueue(trx, { kind: 'test.noop', key: 'once', runAt: later(5), payload: { n: 2 } }));
    const rows = await tasksWithKey('once');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.payload ?? '{}')).toEqual({ n: 1 });
  });

  it('retries a failing handler with growing delays, then gives it up as failed', async () => {
    const { tasks } = createTasksServices({
      db: t.database.db,
      dialect: t.database.dialect,
      config: { smsGateway: undefined },
      options: { maxAttempts: 3, backoffBaseSeconds: 60 },
    });
    // Only this test's task is due (the earlier tests' tasks have no handler here).
    await t.database.db.deleteFrom('tasks').execute();
    let calls = 0;
    tasks.handle('test.fails', async () => {
      calls += 1;
      throw new Error(`boom ${calls}`);
    });
    await tasks.enqueue(t.database.db, { kind: 'test.fails', key: 'fails', runAt: NOW, payload: {} });
    expect(await tasks.runDue(NOW)).toMatchObject({ retried: 1 });
    let [row] = await tasksWithKey('fails');
    expect(row).toMatchObject({ state: 'queued', attempts: 1, last_error: 'boom 1', run_at: later(1).toISOString() });
    expect(await tasks.runDue(later(0.5))).toMatchObject({ retried: 0, done: 0, failed: 0 });
    expect(await tasks.runDue(later(1))).toMatchObject({ retried: 1 });
    [row] = await tasksWithKey('fails');
    expect(row?.run_at).toBe(later(3).toISOString());
    expect(await tasks.runDue(later(3))).toMatchObject({ failed: 1 });
    [row] = await tasksWithKey('fails');
    expect(row).toMatchObject({ state: 'failed', attempts: 3, last_error: 'boom 3', locked_until: null });
    expect(await tasks.runDue(later(600))).toMatchObject({ failed: 0, retried: 0 });
    expect(calls).toBe(3);
    // The admins' list shows it with its state.
    const list = await admin.get('/api/tasks?state=failed');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((task: { key: string }) => task.key)).toContain('fails');
  });

  it('delivers a reminder once although the process that queued it restarts before it is due', async () => {
    const runAt = later(24 * 60);
    await t.database.db
      .transaction()
      .execute((trx) =>
        t.services.notifications.schedule(
          trx,
          { key: 'appointment:1:reminder', runAt },
          { channel: 'inbox', recipientStaffId: worker.staffId, subject: '明日预约提醒', body: '明天 9:00 有一位居民预约', region: REGION },
        ),
      );
    // The first process goes away; a new one starts on the same database.
    const second = await secondProcess();
    try {
      expect(await second.services.tasks.runDue(later(60))).toMatchObject({ done: 0 });
      expect((await worker.get('/api/inbox')).json().total).toBe(0);
      expect(await second.services.tasks.runDue(runAt)).toMatchObject({ done: 1 });
      // Neither process runs it again.
      expect(await second.services.tasks.runDue(later(25 * 60))).toMatchObject({ done: 0 });
      expect(await t.services.tasks.runDue(later(25 * 60))).toMatchObject({ done: 0 });
      const inbox = (await worker.get('/api/inbox')).json();
      expect(inbox.total).toBe(1);
      expect(inbox.unread).toBe(1);
      expect(inbox.items[0]).toMatchObject({ subject: '明日预约提醒', state: 'sent', readAt: null });
    } finally {
      await second.app.close();
    }
  });

  it('takes again a task whose process died while running it, and delivers it once', async () => {
    await t.database.db
      .transaction()
      .execute((trx) =>
        t.services.notifications.schedule(
          trx,
          { key: 'crash', runAt: NOW },
          { channel: 'inbox', recipientStaffId: otherWorker.staffId, subject: '崩溃后补发', body: '测试', region: REGION },
        ),
      );
    // A process claimed it and died: running, claim held for five minutes.
    await t.database.db
      .updateTable('tasks')
      .set({ state: 'running', attempts: 1, locked_by: 'dead-process', locked_until: later(5).toISOString() })
      .where('key', '=', 'scheduled:crash')
      .execute();
    const second = await secondProcess();
    try {
      expect(await second.services.tasks.runDue(later(1))).toMatchObject({ done: 0 });
      expect(await second.services.tasks.runDue(later(6))).toMatchObject({ done: 1 });
      const [row] = await tasksWithKey('scheduled:crash');
      expect(row).toMatchObject({ state: 'done', attempts: 2 });
      expect((await otherWorker.get('/api/inbox')).json().total).toBe(1);
    } finally {
      await second.app.close();
    }
  });

  it('runs each task once when two runners poll at the same time', async () => {
    const runners = [0, 1].map(
      () => createTasksServices({ db: t.database.db, dialect: t.database.dialect, config: { smsGateway: undefined } }).tasks,
    );
    const runs = new Map<string, number>();
    for (const runner of runners) {
      runner.handle('test.count', async (payload) => {
        const key = String(payload.n);
        runs.set(key, (runs.get(key) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 2));
      });
    }
    for (let n = 0; n < 30; n++)
      await runners[0]?.enqueue(t.database.db, { kind: 'test.count', key: `count:${n}`, runAt: NOW, payload: { n } });
    const results = await Promise.all(runners.map((runner) => runner.runDue(later(1))));
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(30);
    expect(runs.size).toBe(30);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    if (inject('dialect') === 'postgres') {
      // FOR UPDATE SKIP LOCKED lets both take part.
      expect(results.every((r) => r.done > 0)).toBe(true);
    }
  });
});

describe('notifications', () => {
  it('stores an SMS as not sent when no gateway is configured — never as sent', async () => {
    const { id } = await t.database.db
      .transaction()
      .execute((trx) =>
        t.services.notifications.queue(
          trx,
          { now: NOW },
          { channel: 'sms', recipientStaffId: worker.staffId, subject: '提醒', body: '短信正文', region: REGION },
        ),
      );
    const row = await t.database.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'not_sent', reason: 'no_gateway', sent_at: null });
    expect(await t.database.db.selectFrom('tasks').select('id').where('key', '=', `notification:${id}`).execute()).toHaveLength(0);
  });

  it('sends an SMS through a configured gateway, retries its failures and then marks it failed', async () => {
    const sent: { to: string; text: string }[] = [];
    let failing = false;
    const gateway: SmsGateway = {
      configured: true,
      async send(to, text) {
        if (failing) throw new Error('gateway down');
        sent.push({ to, text });
      },
    };
    const { tasks, notifications } = createTasksServices({
      db: t.database.db,
      dialect: t.database.dialect,
      config: { smsGateway: undefined },
      sms: gateway,
      phones: { phoneOf: async (_trx, recipient) => (recipient.staffId === worker.staffId ? '13916000001' : null) },
      options: { maxAttempts: 2, backoffBaseSeconds: 10 },
    });
    const queue = (recipientStaffId: string) =>
      t.database.db
        .transaction()
        .execute((trx) =>
          notifications.queue(
            trx,
            { now: NOW },
            { channel: 'sms', recipientStaffId, subject: '预约提醒', body: '明天上午', region: REGION },
          ),
        );
    const ok = await queue(worker.staffId);
    const noPhone = await queue(otherWorker.staffId);
    await tasks.runDue(NOW);
    const state = async (id: string) =>
      t.database.db.selectFrom('notifications').select(['state', 'reason']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(await state(ok.id)).toEqual({ state: 'sent', reason: null });
    expect(await state(noPhone.id)).toEqual({ state: 'not_sent', reason: 'no_phone' });
    expect(sent).toEqual([{ to: '13916000001', text: '【就业服务圈】预约提醒：明天上午' }]);

    failing = true;
    const down = await queue(worker.staffId);
    expect(await tasks.runDue(NOW)).toMatchObject({ retried: 1 });
    expect((await state(down.id)).state).toBe('queued');
    expect(await tasks.runDue(later(1))).toMatchObject({ failed: 1 });
    expect(await state(down.id)).toEqual({ state: 'failed', reason: 'gateway_error' });
  });

  it('queues a keyed message once', async () => {
    const input = {
      channel: 'inbox' as const,
      recipientStaffId: otherWorker.staffId,
      subject: '一次',
      body: '只一条',
      region: REGION,
      key: 'k-1',
    };
    const first = await t.database.db.transaction().execute((trx) => t.services.notifications.queue(trx, { now: NOW }, input));
    const second = await t.database.db.transaction().execute((trx) => t.services.notifications.queue(trx, { now: NOW }, input));
    expect(second.id).toBe(first.id);
  });
});

describe('the inbox and the task list', () => {
  it('shows staff only their own messages and lets them mark one read', async () => {
    const mine = (await worker.get('/api/inbox')).json();
    const message = mine.items[0];
    expect((await otherWorker.post(`/api/inbox/${message.id}/read`)).statusCode).toBe(404);
    const read = await worker.post(`/api/inbox/${message.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe(t.clock.now.toISOString());
    expect((await worker.get('/api/inbox')).json().unread).toBe(0);
    expect((await worker.get('/api/inbox?unreadOnly=true')).json().total).toBe(0);
    expect((await otherWorker.get('/api/inbox')).json().items.map((m: { id: string }) => m.id)).not.toContain(message.id);
  });

  it('lists tasks for district and town admins only', async () => {
    expect((await townAdmin.get('/api/tasks')).statusCode).toBe(200);
    const response = await worker.get('/api/tasks');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('refuses bad input on its field', async () => {
    for (const [method, url, field] of [
      ['GET', '/api/tasks?state=sleeping', 'state'],
      ['GET', '/api/tasks?pageSize=1000', 'pageSize'],
      ['GET', '/api/inbox?unreadOnly=yes', 'unreadOnly'],
      ['POST', '/api/inbox/not-an-id/read', 'id'],
    ] as const) {
      const response = await worker.request({ method, url });
      expect(response.statusCode, url).toBe(400);
      expect(Object.keys(response.json().details.fieldErrors), url).toContain(field);
    }
  });
});

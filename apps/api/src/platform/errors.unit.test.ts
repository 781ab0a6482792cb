import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from './errors.ts';

describe('errors a lost database connection raises', () => {
  const answer = async (error: Error) => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/', async () => {
      throw error;
    });
    const response = await app.inject({ method: 'GET', url: '/' });
    await app.close();
    return { status: response.statusCode, body: response.body, code: (response.json() as { code: string }).code };
  };

  it('answer 503 DATABASE_UNAVAILABLE, without the driver message, for a terminated backend, a dropped or refused connection', async () => {
    const errors = [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('query failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
    ];
    for (const error of errors) {
      const result = await answer(error);
      expect(result, error.message).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(result.body).not.toContain(error.message);
    }
  });

  it('keep any other failure a 500 INTERNAL_ERROR (a constraint, a syntax error)', async () => {
    for (const error of [Object.assign(new Error('duplicate key'), { code: '23505' }), new Error('boom')]) {
      expect(await answer(error)).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    }
  });
});

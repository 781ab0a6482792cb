import { type Logger, type LoggerOptions, pino } from 'pino';
import type { Config } from '../config.ts';

/** Secrets and personal data never reach the log, wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.oneTimePassword',
  '*.idNumber',
  '*.mobile',
  '*.phone',
  '*.name',
  '*.displayName',
];

/** JSON lines for log collectors; readable lines when a person watches the terminal. */
function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard', ignore: 'pid,hostname' } } }
      : {}),
  };
}

/** The one logger of a process: Fastify's request logs and background work (imports, tasks) share it. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino(loggerOptions(config));
}
export type { Logger };

import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
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
  '*.contactName',
  '*.displayName',
];

/** Request URLs are logged with their parameter names but never their values (searches carry ID numbers, mobiles, names). */
const URL_PATHS = ['req.url', 'url'];

/**
 * Pure: `/api/residents?q=310230…&page=2` → `/api/residents?q=[redacted]&page=[redacted]`. Every
 * route, not only searches: a value in a query string is never needed to read the log.
 */
export function redactQueryValues(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? (pair ? `${pair}=[redacted]` : pair) : `${pair.slice(0, eq)}=[redacted]`;
    })
    .join('&');
  return `${url.slice(0, at)}?${query}`;
}

function censor(value: unknown, path: string[]): unknown {
  if (path[path.length - 1] === 'url' && typeof value === 'string') return redactQueryValues(value);
  return '[redacted]';
}

/** JSON lines for log collectors; readable lines when a person watches the terminal. */
function loggerOptions(config: Pick<Config, 'logLevel'>, toStream: boolean): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: [...REDACT_PATHS, ...URL_PATHS], censor },
    ...(process.stdout.isTTY && !toStream
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard', ignore: 'pid,hostname' } } }
      : {}),
  };
}

/** The one logger of a process: Fastify's request logs and background work (imports, tasks) share it. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(config, true), destination) : pino(loggerOptions(config, false));
}
export type { Logger };

import { ERRORS, type ErrorCode, type ErrorResponse, type FieldErrors } from '@jobcircle/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one error type. Its status and zh-CN message come from the domain's ERRORS table. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(ERRORS[code].message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** A 400 naming the fields at fault, as the web form shows them. */
export function validationError(fieldErrors: FieldErrors): AppError {
  return new AppError('VALIDATION_FAILED', { fieldErrors });
}

function fieldPath(instancePath: string): string {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return path || '_';
}

function toResponse(error: AppError, requestId: string): ErrorResponse {
  return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}), requestId };
}

/**
 * A lost database connection, not a fault of the request or the code: PostgreSQL's connection
 * exception class (08), an administrator or crash shutdown and a server still starting (57P01–03),
 * the socket refused or reset, or the pg client's own messages for a connection cut under it.
 * Looked for in the error and its causes.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (/^(08|57P0[123])/.test(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET')) return true;
    if (/^(Connection terminated|Client has encountered a connection error)/.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

/** Turns anything thrown into `{ code, message, details?, requestId }`; internals never leave the server. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors: FieldErrors = {};
      for (const issue of error.validation) {
        const key = fieldPath(issue.instancePath);
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message ?? '格式不正确'];
      }
      appError = validationError(fieldErrors);
    } else if (error.statusCode === 429) {
      appError = new AppError('RATE_LIMITED');
    } else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, a wrong content type, an oversized body: the request itself is at fault.
      appError = validationError({ _: ['请求格式不正确'] });
    } else if (isDatabaseUnavailable(error)) {
      appError = new AppError('DATABASE_UNAVAILABLE');
    } else {
      request.log.error({ err: error }, 'unhandled error');
      appError = new AppError('INTERNAL_ERROR');
    }
    if (appError.status >= 500) request.log.error({ code: appError.code }, 'request failed');
    return reply.status(appError.status).send(toResponse(appError, request.id));
  });
}

export function notFoundResponse(requestId: string): ErrorResponse {
  return toResponse(new AppError('NOT_FOUND'), requestId);
}

// The error table by its own path: the first page must not load the whole contract (zod and the
// schemas), see vite.config.ts.
import { ERRORS, type ErrorCode, type FieldErrors } from '@jobcircle/domain/errors';

/** An error answered by the API: `{ code, message, details?, requestId }` (ARCHITECTURE §5). */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK_ERROR';
  readonly status: number;
  readonly details: Record<string, unknown>;
  readonly requestId: string | null;

  constructor(init: {
    code: ErrorCode | 'NETWORK_ERROR';
    status: number;
    message: string;
    details?: Record<string, unknown>;
    requestId?: string | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? {};
    this.requestId = init.requestId ?? null;
  }

  /** `details.fieldErrors` of a 400 VALIDATION_FAILED (or PASSWORD_POLICY), keyed by field path. */
  get fieldErrors(): FieldErrors {
    const value = this.details.fieldErrors;
    if (!value || typeof value !== 'object') return {};
    const out: FieldErrors = {};
    for (const [path, messages] of Object.entries(value)) {
      if (Array.isArray(messages)) out[path] = messages.filter((m): m is string => typeof m === 'string');
    }
    return out;
  }
}

export function isApiError(error: unknown, ...codes: ApiError['code'][]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

/**
 * Whether an error means the network is missing rather than a refusal: an API call that never got an
 * answer, or a page's code (a lazy chunk) that could not be downloaded.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof ApiError) return error.code === 'NETWORK_ERROR';
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Failed to fetch|NetworkError|Unable to preload/i.test(error.message);
}

/** The message to show for any error, in Chinese. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后再试';
}

let lastAnswerAt = Date.now();
/** Shared by the tabs of the browser (one session cookie): a tab in use keeps the others from ending it. */
const LAST_ANSWER_KEY = 'jobcircle:last-answer-at';
/** When the API last answered a request successfully, in any tab (the session's idle clock restarts then). */
export function lastApiAnswerAt(): number {
  let shared = 0;
  try {
    shared = Number(window.localStorage.getItem(LAST_ANSWER_KEY)) || 0;
  } catch {
    // No storage: this tab's own answers only.
  }
  return Math.max(lastAnswerAt, shared);
}
function answered(): void {
  lastAnswerAt = Date.now();
  try {
    window.localStorage.setItem(LAST_ANSWER_KEY, String(lastAnswerAt));
  } catch {
    // As above.
  }
}

let csrfToken = 'none';
/** The token of the current session (from Me); before sign-in the API expects `none`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token ?? 'none';
}

type AuthListener = (code: 'UNAUTHENTICATED' | 'SESSION_EXPIRED' | 'PASSWORD_CHANGE_REQUIRED') => void;
const authListeners = new Set<AuthListener>();
/** The app listens here to send the user to sign-in (401) or to the password change (403). */
export function onAuthProblem(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => {
    authListeners.delete(listener);
  };
}

export type QueryValue = string | number | boolean | null | undefined;

export function toSearch(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  /** Sign-in and the me probe handle 401 themselves. */
  quietAuth?: boolean;
  signal?: AbortSignal | undefined;
}

async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}${toSearch(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: '网络连接失败，请检查网络后重试' });
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) {
    answered();
    return data as T;
  }
  const error = toApiError(response.status, data);
  if (!options.quietAuth && (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED')) {
    for (const listener of authListeners) listener(error.code);
  }
  if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
    for (const listener of authListeners) listener(error.code);
  }
  throw error;
}

/** An API error body (or anything else) as an ApiError. */
export function toApiError(status: number, data: unknown): ApiError {
  if (data && typeof data === 'object' && 'code' in data && typeof data.code === 'string' && data.code in ERRORS) {
    const body = data as { code: ErrorCode; message?: unknown; details?: unknown; requestId?: unknown };
    return new ApiError({
      code: body.code,
      status,
      message: typeof body.message === 'string' ? body.message : ERRORS[body.code].message,
      details: body.details && typeof body.details === 'object' ? (body.details as Record<string, unknown>) : {},
      requestId: typeof body.requestId === 'string' ? body.requestId : null,
    });
  }
  return new ApiError({ code: 'INTERNAL_ERROR', status, message: ERRORS.INTERNAL_ERROR.message });
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, options?: Omit<RequestOptions, 'query' | 'body'>) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'query' | 'body'>) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

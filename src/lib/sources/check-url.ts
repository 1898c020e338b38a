// Asks a web server whether a source's page is still there: HEAD first (no body to download), GET where the server
// refuses HEAD; redirects are not followed but reported, so the editor sees where a page moved. Each request has a
// time-out; a time-out, a network failure or a server error is tried once more before the page counts as dead.

/** What became of a link. ok: answers 2xx · moved: 3xx to `location` · dead: 4xx, 5xx, no answer · unknown: refused to say. */
export type LinkState = 'ok' | 'moved' | 'dead' | 'unknown';

export interface LinkResult {
  url: string;
  state: LinkState;
  /** The HTTP status of the last answer, when there was one. */
  status?: number | undefined;
  /** Absolute address a 3xx answer points to. */
  location?: string | undefined;
  /** In words, for the report: "answers 404 Not Found", "did not answer within 10 s (tried twice)". */
  detail: string;
  /** The request that gave the answer: HEAD, or GET when HEAD was refused. */
  method: 'HEAD' | 'GET';
  /** Requests made, retries included. */
  attempts: number;
}

export interface CheckOptions {
  /** The fetch to use (the global one by default; tests pass their own). */
  fetch?: typeof fetch;
  /** Time-out per request, ms. */
  timeoutMs?: number;
  /** Tries after the first for time-outs, network failures and 5xx answers. */
  retries?: number;
}

/** Statuses meaning "this server does not do HEAD": ask again with GET. */
const HEAD_REFUSED = new Set([400, 403, 405, 406, 501]);

/** Statuses that say nothing about the page, only about us (rate limits, sign-in walls): reported, not dead. */
const INCONCLUSIVE = new Set([401, 403, 429]);

const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
const statusText = (status: number) => `${status}${REASONS[status] ? ` ${REASONS[status]}` : ''}`;

type Answer = { status: number; location?: string | undefined } | { failure: string };

async function ask(url: string, method: 'HEAD' | 'GET', options: Required<CheckOptions>): Promise<Answer> {
  try {
    const response = await options.fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs), headers: { 'user-agent': 'marginalia-check-sources (link check of cited sources)' } });
    // The body is never needed: cancel it so the connection closes.
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    return { status: response.status, location: location ? new URL(location, url).href : undefined };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { failure: `did not answer within ${Math.round(options.timeoutMs / 100) / 10} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { failure: `could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})` };
  }
}

const worthRetrying = (answer: Answer) => 'failure' in answer || answer.status >= 500;

/** Checks one address. Never throws: every failure is a result. */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<LinkResult> {
  const settings: Required<CheckOptions> = { fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs ?? 10_000, retries: options.retries ?? 1 };
  let attempts = 0;
  const attempt = async (method: 'HEAD' | 'GET') => {
    let answer: Answer = { failure: 'was not asked' };
    for (let tries = 0; tries <= settings.retries; tries++) {
      attempts++;
      answer = await ask(url, method, settings);
      if (!worthRetrying(answer)) break;
    }
    return answer;
  };
  let method: 'HEAD' | 'GET' = 'HEAD';
  let answer = await attempt(method);
  if (!('failure' in answer) && HEAD_REFUSED.has(answer.status)) {
    method = 'GET';
    answer = await attempt(method);
  }
  const tried = attempts > 1 && worthRetrying(answer) ? ` (tried ${settings.retries + 1} times)` : '';
  if ('failure' in answer) return { url, state: 'dead', detail: `${answer.failure}${tried}`, method, attempts };
  const { status, location } = answer;
  if (status >= 200 && status < 300) return { url, state: 'ok', status, detail: `answers ${statusText(status)}`, method, attempts };
  if (status >= 300 && status < 400 && location) return { url, state: 'moved', status, location, detail: `answers ${status}, moved to ${location}`, method, attempts };
  if (INCONCLUSIVE.has(status)) return { url, state: 'unknown', status, detail: `answers ${statusText(status)}, which says nothing of the page`, method, attempts };
  return { url, state: 'dead', status, detail: `answers ${statusText(status)}${tried}`, method, attempts };
}

import { xeroNowMs } from "@/lib/clock";
import { mapErrorResponse } from "./error-mapping";
import { XeroNetworkError, XeroRateLimitError } from "./errors";
import { parseRateLimitHeaders, rateLimitProblemOf, type RateLimitInfo } from "./rate-limit";
import { withTenantSlot } from "./tenant-semaphore";
import type { CallOptions, XeroOperation } from "./types";

// The one place lib/xero touches the network: timeout per attempt, 429 retries bounded by count and
// wait, per-tenant concurrency, the onResponse hook, and mapping failures to XeroError classes.

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_RETRY_WAIT_MS = 30_000;
// 429s for concurrency carry no Retry-After; a short pause is enough for a slot to free up.
const FALLBACK_RETRY_AFTER_S = 1;

export type XeroRequest = {
  operation: XeroOperation;
  method: "GET" | "POST" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: URLSearchParams;
  /** Token and revocation endpoints answer errors as OAuth `{"error"}` bodies; the APIs as problem details. */
  errorStyle: "oauth" | "api";
  tenantId?: string;
  /** Calls sharing a key never exceed 5 in flight. */
  concurrencyKey?: string;
};

export type XeroHttpResponse = { status: number; headers: Headers; text: string; rateLimit: RateLimitInfo };

export async function xeroRequest(request: XeroRequest, options: CallOptions = {}): Promise<XeroHttpResponse> {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    await options.beforeRequest?.();
    const send = () => sendOnce(request, options, attempt);
    const response = request.concurrencyKey ? await withTenantSlot(request.concurrencyKey, send) : await send();
    if (response.status === 429) {
      const problem = rateLimitProblemOf(response.rateLimit);
      const retryAfter = response.rateLimit.retryAfterSeconds;
      const waitMs = (retryAfter ?? FALLBACK_RETRY_AFTER_S) * 1000;
      if (attempt <= maxRetries && waitMs <= maxWaitMs) {
        await sleep(waitMs, options.signal);
        continue;
      }
      throw new XeroRateLimitError(problem, retryAfter, response.rateLimit, { tenantId: request.tenantId, dayLimit: options.dayLimit });
    }
    if (response.status < 200 || response.status >= 300) {
      throw mapErrorResponse(request.errorStyle, response.status, response.text, response.rateLimit);
    }
    return response;
  }
}

async function sendOnce(request: XeroRequest, options: CallOptions, attempt: number): Promise<XeroHttpResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  const started = performance.now();
  let status: number;
  let headers: Headers;
  let text: string;
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: { accept: "application/json", ...request.headers },
      body: request.body,
      signal: AbortSignal.any(signals),
      redirect: "manual",
      cache: "no-store",
    });
    status = res.status;
    headers = res.headers;
    // Reading the body inside the same try keeps a stalled body under the same timeout.
    text = await res.text();
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || (error.cause as Error | undefined)?.name === "TimeoutError");
    throw new XeroNetworkError(timedOut ? "timeout" : "network", stripQuery(request.url), timeoutMs, { cause: error });
  }
  const rateLimit = parseRateLimitHeaders(headers, xeroNowMs());
  try {
    options.onResponse?.({
      operation: request.operation,
      method: request.method,
      url: stripQuery(request.url),
      status,
      durationMs: Math.round(performance.now() - started),
      attempt,
      ...(request.tenantId ? { tenantId: request.tenantId } : {}),
      rateLimit,
    });
  } catch {
    // A recorder must never turn a good Xero answer into a failure.
  }
  return { status, headers, text, rateLimit };
}

function stripQuery(url: string): string {
  const i = url.indexOf("?");
  return i === -1 ? url : url.slice(0, i);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

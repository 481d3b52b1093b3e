import createClient from "openapi-fetch";
import type { paths } from "./api-types";

// The typed API client and the one way its answers become either data or a CliError with the API's
// own message: commands never look at HTTP statuses themselves.

export type ApiPaths = paths;
export type ApiClient = ReturnType<typeof createClient<ApiPaths>>;

/** Exit codes (README, CLI): 0 ok; 1 a check failed (headroom, some import lines); 2 bad usage or input; 3 the API refused or could not be reached. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2, api: 3 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode: number = EXIT.api,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export type Connection = { url: string; apiKey: string };

export function connectClient({ url, apiKey }: Connection, fetchImpl: typeof fetch = fetch): ApiClient {
  const baseUrl = `${url.replace(/\/+$/, "")}/api/v1`;
  const client = createClient<ApiPaths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` }, fetch: (request) => fetchImpl(request) });
  // A refused connection is a thrown TypeError without a word about where: say which address failed.
  client.use({
    onError({ error }) {
      const cause = causeCode(error) ?? (error as Error).message;
      return Promise.reject(new CliError(`Cannot reach Connection Desk at ${url} (${cause}). Check --url or CONNECTION_DESK_URL.`));
    },
  });
  return client;
}

type ApiErrorBody = { error?: { code?: string; message?: string; details?: Record<string, unknown> } };

/** The data of a successful answer, or a CliError carrying the API's message (and its field errors). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data !== undefined && response.ok) return data;
  const body = (error ?? {}) as ApiErrorBody;
  const message = body.error?.message ?? `Connection Desk answered ${response.status} ${response.statusText}`;
  const fields = body.error?.details?.fields as Record<string, string[]> | undefined;
  const fieldText = fields
    ? `\n${Object.entries(fields)
        .map(([f, m]) => `  ${f}: ${m.join("; ")}`)
        .join("\n")}`
    : "";
  throw new CliError(`${message}${fieldText}`, EXIT.api, { status: response.status, code: body.error?.code, ...body.error?.details });
}

/** ECONNREFUSED and friends sit one or two causes deep in fetch's TypeError. */
function causeCode(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) if (e.code) return e.code;
  return undefined;
}

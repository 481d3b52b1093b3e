// Endpoints and filters other branches are adding right now (POST /diagnose, the `customer` filter of
// GET /connections, a connection's `endUser`), described as their contracts say. Once they are merged,
// `npm run api:types` puts them in api-types.ts and this file can go: delete it and the `& PendingPaths`.

type EndUser = { id: string; externalId: string; email: string | null; displayName: string | null };
type DiagnoseUser = { grantId: string; name: string; email: string; grantStatus: string; connections: number; stale: number; endUser?: EndUser | null };

export type DiagnoseAnswer = {
  classification: { kind: string; [fact: string]: unknown };
  title: string;
  explanation: string;
  actions: { key: string; title: string; effect: string }[];
  app: { id: string; name: string; cap: number | null; count: number; level: string; users: DiagnoseUser[] } | null;
  appNotFound: string | null;
};

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

export type PendingPaths = {
  "/diagnose": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { message?: string; app?: string; org?: string; user?: string } } };
      responses: { 200: { headers: Record<string, unknown>; content: { "application/json": DiagnoseAnswer } }; 400: { headers: Record<string, unknown>; content: { "application/json": ErrorBody } } };
    };
  };
  "/connections": { get: { parameters: { query?: { customer?: string } } } };
};

/** A connection's customer, once the API sends it (wip/reads); undefined before. */
export const endUserOf = (connection: object): EndUser | null | undefined => (connection as { endUser?: EndUser | null }).endUser;

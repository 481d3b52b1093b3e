import { EXIT, unwrap, type ApiClient } from "../client";
import { json } from "../format";
import type { Io } from "../io";

/** Prints just the access token (for `$(connection-desk token …)`), or everything with --json. */
export async function tokenCommand(client: ApiClient, grantId: string, opts: { json?: boolean }, io: Io): Promise<number> {
  const token = await unwrap(client.POST("/grants/{id}/access-token", { params: { path: { id: grantId } } }));
  io.out(opts.json ? json(token) : token.accessToken);
  return EXIT.ok;
}

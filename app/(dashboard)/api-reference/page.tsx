import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { apiEndpoints } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";
import { PageHeader } from "@/components/ui/page-header";
import { Operation } from "./_components/operation";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

// Rendered from the same OpenAPI document /api/v1/openapi.json serves, so the two always agree.
export default async function ApiReferencePage() {
  const user = await requirePagePermission("apps:read");
  const doc = buildOpenApiDocument(apiEndpoints, env().appUrl);
  const tags = doc.tags.map((t) => t.name);
  return (
    <>
      <PageHeader title="API reference" description="Your product calls these endpoints with an API key. Every request and response below is validated by the same schemas the server uses." />
      <div className="space-y-6 text-sm">
        <section aria-labelledby="auth-heading" className="space-y-2">
          <h2 id="auth-heading" className="text-lg font-semibold">
            Authentication
          </h2>
          <p>
            Send <code>Authorization: Bearer cdk_…</code> with every request to <code>{doc.servers[0]!.url}</code>.{" "}
            {can(user.role, "api-keys:manage") ? (
              <Link className="underline" href="/settings/api-keys">
                Create a key
              </Link>
            ) : (
              "An admin creates keys under Settings → API keys"
            )}{" "}
            with the scopes it needs: <code>read</code>, <code>write</code> or <code>tokens</code>. Errors always answer <code>{"{ error: { code, message, details? } }"}</code>. The machine-readable
            document is{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </p>
        </section>
        {tags.map((tag) => (
          <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-3">
            <h2 id={`tag-${tag}`} className="text-lg font-semibold">
              {tag}
            </h2>
            {apiEndpoints
              .filter((e) => e.tag === tag)
              .map((e) => (
                <Operation key={`${e.method} ${e.path}`} method={e.method} path={e.path} operation={doc.paths[e.path]![e.method.toLowerCase()] as OperationDoc} />
              ))}
          </section>
        ))}
      </div>
    </>
  );
}

export type OperationDoc = {
  summary: string;
  description?: string;
  "x-required-scope"?: string;
  parameters: Array<{ name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> }>;
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string; content?: { "application/json": { schema: unknown } } }>;
};

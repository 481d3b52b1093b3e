import type { OperationDoc } from "../page";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";

const typeOf = (schema: Record<string, unknown>) => (schema.enum ? (schema.enum as unknown[]).join(" | ") : String(schema.type ?? (schema.format ? "string" : "any")));

/** One endpoint of the reference: what it needs, what it takes and what it answers. */
export function Operation({ method, path, operation }: { method: string; path: string; operation: OperationDoc }) {
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
  const errors = Object.entries(operation.responses).filter(([status]) => !status.startsWith("2"));
  return (
    <Card>
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold">
        <span>{method}</span>
        <span>/api/v1{path}</span>
        {operation["x-required-scope"] ? <Badge>scope: {operation["x-required-scope"]}</Badge> : <Badge tone="good">public</Badge>}
      </h3>
      <p className="mt-1 font-medium">{operation.summary}</p>
      {operation.description && <p className="mt-1 text-muted">{operation.description}</p>}
      {operation.parameters.length > 0 && (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {operation.parameters.map((p) => (
            <div key={`${p.in}-${p.name}`} className="contents">
              <dt className="font-mono">
                {p.name}
                {p.required ? "" : "?"}{" "}
                <span className="text-xs text-slate-500">
                  ({p.in}, {typeOf(p.schema)})
                </span>
              </dt>
              <dd className="text-muted">{p.description ?? ""}</dd>
            </div>
          ))}
        </dl>
      )}
      {operation.requestBody && (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">Request body</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{JSON.stringify(operation.requestBody.content["application/json"].schema, null, 2)}</pre>
        </details>
      )}
      {success && (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">Response {success[0]}</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{JSON.stringify(success[1].content?.["application/json"].schema, null, 2)}</pre>
        </details>
      )}
      {errors.length > 0 && <p className="mt-3 text-xs text-muted">Errors: {errors.map(([status, r]) => `${status} ${r.description}`).join(" · ")}</p>}
    </Card>
  );
}

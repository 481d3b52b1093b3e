import fs from "node:fs";

// The product's own database, as small as it gets: which Connection Desk grant holds each customer's Xero.

type State = Record<string, { grantId: string }>;

export function stateStore(file: string) {
  const read = (): State => {
    try {
      return JSON.parse(fs.readFileSync(file, "utf8")) as State;
    } catch {
      return {};
    }
  };
  return {
    grantOf: (customerId: string) => read()[customerId]?.grantId ?? null,
    setGrant(customerId: string, grantId: string) {
      fs.writeFileSync(file, JSON.stringify({ ...read(), [customerId]: { grantId } }), { mode: 0o600 });
    },
  };
}

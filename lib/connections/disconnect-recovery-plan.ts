// Pure: what to do with the connections an interrupted disconnect left "disconnecting", once Xero has
// been re-read. Xero's list is the truth: gone means our DELETE went through (finish it), still listed
// means it never did (roll back to connected). A user whose list could not be read is tried again later.

export type PendingConnection = { id: string; grantId: string };

/** Per grant: the connection ids Xero lists now, or null when the list could not be read. */
export type ListedByGrant = Map<string, Set<string> | null>;

export type IntentRecoveryPlan = { complete: string[]; rollBack: string[]; retry: string[] };

export function planIntentRecovery(pending: PendingConnection[], listed: ListedByGrant): IntentRecoveryPlan {
  const plan: IntentRecoveryPlan = { complete: [], rollBack: [], retry: [] };
  for (const c of pending) {
    const ids = listed.get(c.grantId);
    if (!ids) plan.retry.push(c.id);
    else if (ids.has(c.id)) plan.rollBack.push(c.id);
    else plan.complete.push(c.id);
  }
  return plan;
}

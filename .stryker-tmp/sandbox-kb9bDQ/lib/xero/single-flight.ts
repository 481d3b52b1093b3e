// @ts-nocheck
// Refresh tokens rotate on every use: two refreshes of one grant would race, and the loser's token set
// would later fail with invalid_grant. So a refresh in progress is shared: every caller for the same
// grant key gets the same promise, and the entry is dropped once it settles. This covers one process;
// the dashboard's persistence must still guard against other processes.

// On globalThis: Next bundles instrumentation (the background scheduler) and the app's routes apart, so a
// module-level map would exist twice in one server process and two refreshes could still race.
const shared = globalThis as unknown as { __connectionDeskInFlight?: Map<string, Promise<unknown>> };
const inFlight = (shared.__connectionDeskInFlight ??= new Map<string, Promise<unknown>>());

export function refreshOnce<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const existing = inFlight.get(key);
  if (existing) return existing as Promise<T>;
  // Starting fn on a later tick keeps a synchronous throw inside the shared promise.
  const promise: Promise<T> = Promise.resolve()
    .then(fn)
    .finally(() => {
      if (inFlight.get(key) === promise) inFlight.delete(key);
    });
  inFlight.set(key, promise);
  return promise;
}

export function isRefreshInFlight(key: string): boolean {
  return inFlight.has(key);
}

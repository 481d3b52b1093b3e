// Runs `work` over `items` with at most `concurrency` in flight, calling `onDone` as each finishes (in
// completion order; a worker waits for its `onDone`, e.g. a progress write, before taking the next item).
// Pure scheduling: no I/O of its own, so it is unit-tested with fake work.
export async function forEachPooled<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>, onDone: (result: R) => void | Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await onDone(await work(item));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

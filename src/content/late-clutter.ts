/**
 * Watching for clutter the page inserts after load (lazy "read also" boxes,
 * infinite-scroll next stories): a MutationObserver on added nodes, debounced,
 * bounded in runs and in time, torn down by an AbortSignal.
 */

export const LATE = {
  /** quiet time after the last insertion before looking again */
  DEBOUNCE_MS: 400,
  /** looks at most this many times per page */
  MAX_RUNS: 20,
  /** and stops watching after this long */
  MAX_WATCH_MS: 120_000,
} as const;

/** How the caller times a callback the browser makes into the script (by default, not at all). */
export type Timed = <A extends unknown[]>(name: string, work: (...args: A) => void) => (...args: A) => void;
const untimed: Timed = (_name, work) => work;

export function watchLateClutter(doc: Document, onSettled: () => void, signal: AbortSignal, timed: Timed = untimed): void {
  if (!doc.body || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs = 0;
  const settled = timed('late', () => {
    if (signal.aborted) return;
    runs++;
    onSettled();
    if (runs >= LATE.MAX_RUNS) stop();
  });
  const observer = new MutationObserver(
    timed('watch', (records: MutationRecord[]) => {
      // Only element insertions matter; our own hiding changes attributes, which are not observed.
      if (!records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1))) return;
      clearTimeout(timer);
      timer = setTimeout(settled, LATE.DEBOUNCE_MS);
    }),
  );
  const deadline = setTimeout(stop, LATE.MAX_WATCH_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  }
  signal.addEventListener('abort', stop, { once: true });
  observer.observe(doc.body, { childList: true, subtree: true });
}

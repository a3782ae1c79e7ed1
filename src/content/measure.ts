/**
 * What the benchmark reads (bench/in-browser.ts): Naqi's time on the page's thread, one
 * "naqi:task" performance measure for every call the browser makes into its content scripts
 * (the early script and the content script), and, for each copy, how long it took to be
 * read elsewhere (not the page's time).
 */
export const MEASURE = 'naqi:task';
export const WAIT_MEASURE = 'naqi:wait';

/** Set by the first line of each built content script: when the browser began running it. */
declare const NAQI_SCRIPT_START: number | undefined;
/** When this script began running (its bundle's first line, or now in a build without it). */
export const scriptStart = (): number => (typeof NAQI_SCRIPT_START === 'number' ? NAQI_SCRIPT_START : performance.now());

/** Records one task of the page's thread, from `start` until now. */
export function measureTask(name: string, start: number): void {
  performance.measure(MEASURE, { start, end: performance.now(), detail: name });
}

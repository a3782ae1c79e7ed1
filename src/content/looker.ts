/**
 * Looking at the page, as a state machine apart from the effects (the content script,
 * index.ts, supplies them): a look takes a copy of the page and sends it to be read; the
 * reading comes back and is handed on. Looks never overlap — one asked for while another is
 * out runs once that one is back, and any number of asks while out make one look. The first
 * reading is announced once; a page that cannot be copied on the first look says so. Once the
 * session is aborted, answers that still arrive change nothing.
 */
export interface LookEffects<Copy, Reading> {
  /** Takes a copy of the page (`undefined` when taking it failed and the script stepped aside). */
  take(name: string): Copy | null | undefined;
  /** Sends the copy to be read; `answer` is called once with the reading, or null when what came back is not one. */
  send(copy: Copy, name: string, answer: (reading: Reading | null) => void): void;
  /** The first look found nothing to copy (no body, an XML page, an oversized one). */
  noCopy(): void;
  /** An answer that is not a reading. */
  noReading(): void;
  /** A reading of the copy `copy`, taken by the look `name`. */
  reading(reading: Reading, copy: Copy, name: string): void;
  /** The first reading of the page, after it was handed on. */
  first(reading: Reading): void;
}

/** A function that starts a look named `name` ("copy", "late"…), now or when the one out is back. */
export function makeLooker<Copy, Reading>(signal: AbortSignal, effects: LookEffects<Copy, Reading>): (name: string) => void {
  let out = false;
  let again = false;
  let first = true;
  const look = (name: string): void => {
    if (out) {
      again = true;
      return;
    }
    const copy = effects.take(name);
    if (copy === undefined) return;
    if (copy === null) return first ? effects.noCopy() : undefined;
    out = true;
    effects.send(copy, name, (reading) => {
      out = false;
      if (signal.aborted) return;
      if (!reading) return effects.noReading();
      effects.reading(reading, copy, name);
      if (first) {
        first = false;
        effects.first(reading);
      }
      if (again) {
        again = false;
        look('late');
      }
    });
  };
  return look;
}

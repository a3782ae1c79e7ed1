/**
 * Data files as the extension's bundles get them. The files carry documentation
 * ("$comment") and fields only people read (registry home pages), which are left out;
 * phrase and word lists are shipped in matching form (`normalized: true`), so no page
 * pays for normalising them.
 */
import { labelKey, normalizeArabic } from '../src/engine/arabic';

const PHRASE_FORMS: Record<string, { form: (text: string) => string; asWritten?: readonly string[] }> = {
  'phrases.json': { form: labelKey },
  'comment-policy.json': { form: normalizeArabic },
  // The letters only the other languages use are matched as written (normalising would fold ک and ی away).
  'languages.json': { form: normalizeArabic, asWritten: ['otherLetters'] },
};

/** The lean form of the data file `name` (its base name) whose text is `json`. */
export function leanData(name: string, json: string): string {
  const phrases = PHRASE_FORMS[name];
  const strip = (value: unknown, form: ((text: string) => string) | null): unknown =>
    Array.isArray(value)
      ? value.map((v) => strip(v, form))
      : typeof value === 'string' && form
        ? form(value)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([k]) => !k.startsWith('$comment') && k !== 'home')
                .map(([k, v]) => [k, strip(v, phrases?.asWritten?.includes(k) ? null : form)]),
            )
          : value;
  const data = strip(JSON.parse(json), phrases?.form ?? null) as Record<string, unknown>;
  return JSON.stringify(phrases ? { ...data, normalized: true } : data);
}

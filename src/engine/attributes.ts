/**
 * Every attribute the engine reads, on any element. A copy of a page read elsewhere
 * carries only these (src/shared/page-copy.ts), so a rule that reads another attribute
 * lists it here; tests/unit/engine/attributes.test.ts finds each attribute name the
 * engine's code reads and checks that it is listed.
 */
import { HIDING_ATTRIBUTES } from './dom';

export const READ_ATTRIBUTES: readonly string[] = [
  // Names and roles: class hints, landmarks, microdata.
  'class', 'id', 'role', 'itemprop',
  // Links, and <meta> declarations (in the head, and microdata in the body).
  'href', 'content', 'property', 'name', 'http-equiv',
  // Scripts by type (JSON-LD), the page's language and direction.
  'type', 'lang', 'dir', 'xml:lang',
  ...HIDING_ATTRIBUTES,
];

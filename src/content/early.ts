/**
 * Site memory's early part, run at document_start: on an article address of a site
 * whose clutter Naqi remembers (confirmed on two or more of its pages), and boxes the
 * reader chose to hide there, a stylesheet hides those boxes as they are parsed, so the
 * reader never sees them painted nor the article jump up when they go.
 *
 * The content script (index.ts) takes the stylesheet over when the page has been read:
 * it removes it, hides with the reading what the reading confirms, and shows the rest at
 * once (and the site memory forgets a rule the reading contradicted). Rules with a label
 * need the text, which a stylesheet cannot see: they wait for the reading.
 */
import { storageLocal, storageSync } from './extension-api';
import { handOver } from './early-hiding';
import { measureTask, scriptStart } from './measure';
import { SETTINGS_KEY, isSiteOff, parseSettings, siteKey } from '../shared/settings';
import { memoryKey, parseReaderRules, parseSiteMemory, pathShape, readerKey, rememberedRules } from '../site-rules/memory';
import { type SiteRule, isRuleSelector, sameRule } from '../site-rules/selector';

/** The stylesheet's one declaration: as strong as the hider's own. */
const HIDE = '{display:none!important}';

const started = scriptStart();

/** Reads the settings and the site's memory; the stylesheet is made when they arrive. */
async function early(): Promise<void> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const site = siteKey(location.host);
  const [sync, local] = await Promise.all([storageSync.get([SETTINGS_KEY, readerKey(site)]), storageLocal.get(memoryKey(site))]);
  const start = performance.now();
  try {
    hideRemembered(site, sync, local);
  } finally {
    measureTask('early', start);
  }
}

function hideRemembered(site: string, sync: Record<string, unknown>, local: Record<string, unknown>): void {
  const settings = parseSettings(sync[SETTINGS_KEY]);
  if (!settings.enabled || isSiteOff(settings, location.hostname)) return;
  const reader = parseReaderRules(sync[readerKey(site)]);
  const memory = settings.memory ? parseSiteMemory(local[memoryKey(site)]) : null;
  // Only on addresses shaped like the site's articles: its home and section pages are left alone.
  if (!memory?.shapes.includes(pathShape(location.href))) return;
  const shown = reader?.show ?? [];
  const rules: SiteRule[] = [...rememberedRules(memory), ...(reader?.hide ?? [])].filter(
    (r) => !r.label && isRuleSelector(r.selector) && !shown.some((s) => s.selector === r.selector),
  );
  if (!rules.length) return;
  const style = document.createElement('style');
  style.textContent = `${[...new Set(rules.map((r) => r.selector))].join(',')}${HIDE}`;
  if (handOver({ style, rules: rules.filter((r, i) => rules.findIndex((o) => sameRule(o, r)) === i) })) (document.head ?? document.documentElement).append(style);
}

// Never throw into the page: without storage (a page opened before the extension), nothing is hidden early.
early().catch(() => undefined);
// Running the script (and asking for storage) is the page's time too: the benchmark counts it with the content script's.
measureTask('early', started);

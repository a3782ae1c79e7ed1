/**
 * Firefox's background: an event page, with a DOM of its own. It reads the copies
 * of pages itself (src/analysis/read-copy.ts).
 */
import { answerCopy } from '../copy/read';
import { serve } from './serve';

serve((page) => Promise.resolve(answerCopy(page)));

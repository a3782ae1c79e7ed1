/** The Naqi engine as a library: `import { analyze } from 'naqi'`. */
export { analyze } from './engine/analyze';
export { analyzeClutter } from './engine/analyze-clutter';
export { normalizeArabic, labelKey, toAsciiDigits } from './engine/arabic';
export type { Analysis, AnalyzeOptions, ClutterAnalysis, ClutterFinding, ClutterItem, ClutterKind, Source, SourceKind, Tag } from './engine/types';

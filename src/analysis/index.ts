export { analyze, analyzeDocument } from './analyze';
export { buildDocument } from './document';
export type { Analysis, AnalyzeOptions, Entity, EntityType, Quote, Speaker, DateMention, DateType, Span } from './types';

// The user's annotations (DESIGN.md, "The user's annotations"): the sidecar `<article>.newslens.json`
// read, validated, re-anchored, kept in step with edits and applied to an Analysis. Pure: no vscode.
export type { Annotation, AnnotationAction, AddKind, Scope, Sidecar, Target } from './types';
export { ANNOTATION_ACTIONS, ADD_KINDS, SCOPES } from './types';
export {
  sidecarPathFor,
  isSidecarFileName,
  parseSidecar,
  sidecarDocumentDate,
  serializeSidecar,
  emptySidecar,
  newAnnotationId,
  mergeSidecars,
  SIDECAR_SUFFIX,
  type ParsedSidecar,
} from './sidecar';
export { makeTarget, anchorTarget, quoteText, CONTEXT_CHARS, type Anchor } from './anchor';
export { shiftSidecar, reanchorSidecar, type TextChange } from './shift';
export { applyAnnotations, dateTypeOf } from './apply';
export { isDateValue, sidecarErrors, DATE_VALUE_PATTERN, DOCUMENT_DATE_PATTERN } from './validate';
export { sidecarFromGold, goldMismatches, type GoldFacts, type GoldName, type GoldQuote, type GoldDate } from './gold';
export { readBrat, readSpanRecord, type GoldRead, type SpanRecordRead } from './goldFormats';

// Pure writers: Analysis -> JSON, JSONL, CSV, Markdown, brat standoff, span JSONL. No vscode here.
export type { ExportInput } from './types';
export { analysisJson, toJson, toJsonArray, type JsonShape } from './json';
export { toJsonl } from './jsonl';
export { toCsv, csvHeader, csvBody, csvRows, csvCell, CSV_COLUMNS, type CsvOptions, type CsvRow } from './csv';
export { toMarkdown, escapeMarkdown, unescapeMarkdown } from './markdown';
export { toBrat, parseBrat, BRAT_ANNOTATION_CONF } from './brat';
export { toSpansJsonl, spanRecord, SPAN_LABELS, type SpanRecord, type SpanLabel } from './spans';
export { EXPORT_FORMATS, FORMAT_INFO, render, isExportFormat, type ExportFormat, type FormatInfo, type RenderOptions } from './formats';
export { writeFileAtomic, pathExists, ExportWriteError, describeFsError } from './atomicWrite';
export { lineIndex, codePointIndex, utf16Index } from './text';
export {
  ARTICLE_EXTENSIONS,
  isExportFileName,
  isArticleFileName,
  exportFileName,
  batchFileName,
  decodeArticle,
  type DecodedArticle,
} from './files';

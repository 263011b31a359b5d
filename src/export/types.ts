import type { Analysis } from '../analysis/types';

/** What every writer gets: the analysis and the exact text it was computed from (offsets index into it). */
export interface ExportInput {
  analysis: Analysis;
  text: string;
}

// Typed access to the newsLens.* settings.
import * as vscode from 'vscode';
import { CHECK_CODES, type CheckCode, type SeveritySetting } from '../checks/types';

export const KINDS = ['person', 'organization', 'place', 'quote', 'date'] as const;
export type Kind = (typeof KINDS)[number];

export interface NewsLensSettings {
  enabled: boolean;
  languages: string[];
  exclude: string[];
  maxFileSizeKB: number;
  debounceMs: number;
  documentDate: string | null;
  highlight: Record<Kind, boolean>;
  revealInTreeOnCursor: boolean;
}

/**
 * The settings that apply to `scope` (a document's URI: folder settings of a multi-root workspace
 * win over the workspace's; most settings are `resource` scoped in package.json).
 */
export function readSettings(scope?: vscode.ConfigurationScope): NewsLensSettings {
  const c = vscode.workspace.getConfiguration('newsLens', scope);
  const date = (c.get<string>('documentDate', '') ?? '').trim();
  const highlight = {} as Record<Kind, boolean>;
  for (const kind of KINDS) highlight[kind] = c.get<boolean>(`highlight.${kind}`, true) !== false;
  return {
    enabled: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown']) ?? [],
    exclude: (c.get<string[]>('exclude', []) ?? []).filter((g) => typeof g === 'string' && g.trim() !== ''),
    maxFileSizeKB: Math.max(0, c.get<number>('maxFileSizeKB', 2048) ?? 2048),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 250) ?? 250),
    documentDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    highlight,
    revealInTreeOnCursor: c.get<boolean>('revealInTreeOnCursor', true),
  };
}

const SEVERITY_SETTINGS = new Set<string>(['off', 'hint', 'info', 'warning', 'error']);

/** The newsLens.checks.<code> severities that apply to `scope` (codes left at their default are absent). */
export function checkSeverities(scope: vscode.Uri): Partial<Record<CheckCode, SeveritySetting>> {
  const config = vscode.workspace.getConfiguration('newsLens.checks', scope);
  const out: Partial<Record<CheckCode, SeveritySetting>> = {};
  for (const code of CHECK_CODES) {
    const value = config.get<string>(code);
    if (value && SEVERITY_SETTINGS.has(value)) out[code] = value as SeveritySetting;
  }
  return out;
}

/** Settings that decide whether and how documents are analysed (a change re-analyses every open document). */
export const ANALYSIS_SETTINGS = ['enable', 'languages', 'exclude', 'maxFileSizeKB', 'documentDate'].map((k) => `newsLens.${k}`);

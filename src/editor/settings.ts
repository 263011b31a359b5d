// Typed access to the newsLens.* settings.
import * as vscode from 'vscode';

export interface NewsLensSettings {
  enabled: boolean;
  languages: string[];
  debounceMs: number;
  documentDate: string | null;
}

export function readSettings(): NewsLensSettings {
  const c = vscode.workspace.getConfiguration('newsLens');
  const date = c.get<string>('documentDate', '').trim();
  return {
    enabled: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown']),
    debounceMs: c.get<number>('debounceMs', 250),
    documentDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
  };
}

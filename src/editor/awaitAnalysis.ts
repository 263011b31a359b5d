// Providers (hover, references, symbols...) asked while the current version is still being
// analysed wait for it instead of answering "nothing": built on the store's public API only.
import type * as vscode from 'vscode';
import type { Analysis } from '../analysis';
import type { AnalysisStore } from './analysisStore';

/** Longest wait for a pending analysis before a provider answers with what there is. */
const MAX_WAIT_MS = 10_000;

export function analysisFor(
  store: AnalysisStore,
  document: vscode.TextDocument,
  token?: vscode.CancellationToken,
): Promise<Analysis | undefined> {
  const now = store.ensure(document);
  if (now) return Promise.resolve(now);
  if (store.status(document).state !== 'pending') return Promise.resolve(undefined);
  const key = document.uri.toString();
  return new Promise((resolve) => {
    let finished = false;
    const finish = (analysis: Analysis | undefined) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sub.dispose();
      cancel?.dispose();
      resolve(analysis);
    };
    const sub = store.onDidChangeStatus((uri) => {
      if (uri.toString() !== key) return;
      const status = store.status(document);
      if (status.state === 'ready') finish(status.analysis);
      else if (status.state !== 'pending') finish(undefined);
    });
    const cancel = token?.onCancellationRequested(() => finish(undefined));
    const timer = setTimeout(() => finish(store.get(document)), MAX_WAIT_MS);
  });
}

// The one onDidChangeConfiguration subscription: it hands a change to every feature that reads
// newsLens.* settings, in the order given (the store re-analyses first, so the features that
// follow see its new state). A feature that throws does not keep the others from hearing it.
import * as vscode from 'vscode';
import { logError } from './log';

export interface SettingsListener {
  /** The feature's name in the log. */
  readonly feature: string;
  /** Called for every configuration change; the feature checks affectsConfiguration itself. */
  settingsChanged(change: vscode.ConfigurationChangeEvent): void;
}

export function listenToSettings(listeners: SettingsListener[]): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((change) => {
    if (!change.affectsConfiguration('newsLens')) return;
    for (const listener of listeners) {
      try {
        listener.settingsChanged(change);
      } catch (e) {
        logError(listener.feature, e);
      }
    }
  });
}

// The one way features register and run this extension's commands: typed by the command table
// (commands.ts), so a command id is never a free string.
import * as vscode from 'vscode';
import type { CommandId } from './commands';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerCommand(id: CommandId, handler: (...args: any[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, handler);
}

export function executeCommand<T = unknown>(id: CommandId, ...args: unknown[]): Thenable<T> {
  return vscode.commands.executeCommand<T>(id, ...args);
}

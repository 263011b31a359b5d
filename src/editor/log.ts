// The "News Lens" output channel, and a guard so an error in one feature is logged, not fatal to the others.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('News Lens', { log: true });
  return channel;
}

export function logError(feature: string, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log().error(`[${feature}] ${text}`);
}

/** Runs fn; on an exception logs it under the feature's name and returns the fallback. */
export function guarded<T>(feature: string, fallback: T, fn: () => T): T {
  try {
    const result = fn();
    // Promise results: log rejections too, so async providers are covered the same way.
    if (result instanceof Promise) {
      return result.catch((e: unknown) => {
        logError(feature, e);
        return fallback;
      }) as T;
    }
    return result;
  } catch (e) {
    logError(feature, e);
    return fallback;
  }
}

/** Wraps a command/event handler with guarded(). */
export function guard<A extends unknown[], R>(feature: string, fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => guarded<R | undefined>(feature, undefined, () => fn(...args));
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

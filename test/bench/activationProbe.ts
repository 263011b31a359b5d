// Child process of the benchmark: loads a bundled dist/extension.js in plain Node and calls
// activate(). Node has no `vscode` module, so THIS PROBE ONLY (never a test) answers
// require('vscode') with an inert stand-in whose every member is a no-op returning another
// stand-in. What it measures is therefore the cost of loading our bundle (compromise, chrono,
// data) and running our activate() code, not VS Code's own work. Usage: node activationProbe.js BUNDLE
import Module from 'node:module';
import { resolve } from 'node:path';

function inert(): unknown {
  const target = function () {} as unknown as object;
  const proxy: unknown = new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable: `await` must not hang
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => 0;
      if (prop === 'length') return 0;
      return proxy;
    },
    set: () => true,
    defineProperty: () => true,
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

const bundle = resolve(process.argv[2]);
const shim = inert();
// The module object: esbuild's ESM interop copies own properties and inherits the rest from the
// module's prototype, so every name resolves through a prototype that answers with stand-ins.
const vscodeModule = Object.create(new Proxy({}, { get: (_t, prop) => (prop === 'then' || prop === '__esModule' ? undefined : shim) }));
const mod = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
const load = mod._load;
mod._load = function (request: string, parent: unknown, isMain: boolean) {
  if (request === 'vscode') return vscodeModule;
  return load.call(this, request, parent, isMain);
};

const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ext = require(bundle) as { activate(context: unknown): unknown };
const t1 = performance.now();
const context = {
  subscriptions: [] as unknown[],
  extensionPath: resolve(bundle, '..', '..'),
  extensionUri: shim,
  globalState: shim,
  workspaceState: shim,
  asAbsolutePath: (p: string) => resolve(bundle, '..', '..', p),
};
let activateError: string | null = null;
try {
  ext.activate(context);
} catch (e) {
  activateError = e instanceof Error ? e.message : String(e);
}
const t2 = performance.now();
console.log('ACTIVATION_PROBE ' + JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, activateError }));
process.exit(0);

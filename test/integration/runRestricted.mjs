// The integration suite's trust tests in Restricted Mode: the same offline runner, with Workspace
// Trust enabled and the test folder untrusted (scripts/vscode-server.mjs, workspaceTrust option).
// trust.test.ts then expects vscode.workspace.isTrusted === false.
//   node test/integration/runRestricted.mjs   (after `node esbuild.mjs`)
process.env.NEWS_LENS_WORKSPACE_TRUST = '1';
process.env.NEWS_LENS_EXPECT_RESTRICTED = '1';
process.env.NEWS_LENS_TEST_GREP ??= 'Workspace Trust';
await import('./runOffline.mjs');

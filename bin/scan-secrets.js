#!/usr/bin/env node
// Node 22.1+ can keep compiled code between runs; a hook runs on every commit, so let it.
// (Older Node has no such cache; the call is skipped.)
import module from 'node:module';
import { existsSync } from 'node:fs';

module.enableCompileCache?.();
const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  // A git or pre-commit install builds dist/ in npm's `prepare` step, which npm skips under
  // ignore-scripts: say so instead of printing a module-resolution stack trace.
  process.stderr.write(
    'scan-secrets: this install has no build (dist/ is missing), usually because npm ran with ignore-scripts. ' +
      'Install the published package (npm install --save-dev scan-secrets) and use the scan-secrets-system pre-commit hook, or run npm run build in its folder.\n',
  );
  process.exit(2);
}
const { run } = await import(entry.href);
await run(process.argv.slice(2));

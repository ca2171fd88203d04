#!/usr/bin/env node
import { existsSync } from 'node:fs';

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

#!/usr/bin/env node
// Node 22.1+ can keep compiled code between runs; a hook runs on every commit, so let it.
// (Older Node has no such cache; the call is skipped.)
import module from 'node:module';
module.enableCompileCache?.();
const { run } = await import('../dist/cli.js');

await run(process.argv.slice(2));

#!/usr/bin/env node
// The command a hook runs on every commit, so starting fast is most of what it can do for the
// person committing. (This folder's package.json makes this file CommonJS: an ES module would
// start Node's ES-module loader, which costs a hook more than it saves.)
//
// A plain scan (`--pre-commit`, `--staged`, `--all-files`, paths) runs from dist/fast.cjs, one
// CommonJS bundle run with V8's code cache: the cache holds the code already compiled, so a
// run skips parsing and compiling ours. Node 20 has no such cache for ES modules, and there it
// makes the hook about 15% faster; Node 22.1+ caches ES modules itself, and there what it saves
// is mostly the ES-module loader (about 9%). The cache is written once per build and Node
// version into dist/.cache/, beside the code it was made from (anyone who can write there can
// change that code anyway); it holds compiled code and the bundle's own constants, never
// scanned text. Everything else (help, sub-commands) runs from the ES-module build,
// dist/cli.js, parsed by yargs. SCAN_SECRETS_CODE_CACHE=0 turns the cached path off.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');
const argv = process.argv.slice(2);

function writable(dir) {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The cached bundle's entry and a way to store its cache, or undefined to use dist/cli.js. */
function loadFast() {
  if (process.env.SCAN_SECRETS_CODE_CACHE === '0') return undefined;
  const file = path.join(dist, 'fast.cjs');
  let source;
  try {
    // The build checks the bundle is ASCII, so latin1 reads it exactly (and V8 keeps it in one byte per character).
    source = fs.readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  const build = /^\/\/ build ([0-9a-f]{16})\n/.exec(source)?.[1];
  if (!build) return undefined;
  const cacheDir = path.join(dist, '.cache');
  const cacheFile = path.join(cacheDir, `fast-${build}-${process.version}-${process.arch}.bin`);
  let cached;
  try {
    cached = fs.readFileSync(cacheFile);
  } catch {
    // Without its cache this path is no faster than the other: take it only to write one.
    if (!writable(fs.existsSync(cacheDir) ? cacheDir : dist)) return undefined;
  }
  const vm = require('node:vm');
  const Module = require('node:module');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, dist);
  if (typeof mod.exports.runFast !== 'function') return undefined;
  const stale = cached === undefined || script.cachedDataRejected === true;
  return { runFast: mod.exports.runFast, save: () => stale && saveCache(script, cacheDir, cacheFile) };
}

/** Made after a run, so it holds the functions that run compiled, not only the top level. */
function saveCache(script, dir, file) {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(dir, { recursive: true });
    // Other builds' caches are stale now, as is anything a killed run left; another Node
    // version's cache for this build stays (one install can be run by two Nodes in turn).
    const build = path.basename(file).split('-')[1];
    for (const name of fs.readdirSync(dir)) {
      if (name.endsWith('.tmp') || (name.startsWith('fast-') && name.split('-')[1] !== build)) fs.rmSync(path.join(dir, name), { force: true });
    }
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch {
    // Only an optimisation: a read-only or full disk must not fail the scan it follows.
  }
}

async function start() {
  if (!fs.existsSync(path.join(dist, 'cli.js'))) {
    // A git or pre-commit install builds dist/ in npm's `prepare` step, which npm skips under
    // ignore-scripts: say so instead of printing a module-resolution stack trace.
    process.stderr.write(
      'scan-secrets: this install has no build (dist/ is missing), usually because npm ran with ignore-scripts. ' +
        'Install the published package (npm install --save-dev scan-secrets) and use the scan-secrets-system pre-commit hook, or run npm run build in its folder.\n',
    );
    process.exitCode = 2;
    return;
  }
  let fast;
  try {
    fast = loadFast();
  } catch {
    // A damaged bundle or cache: the ES-module build below does the same job.
    fast = undefined;
  }
  if (fast && (await fast.runFast(argv))) {
    fast.save();
    // Exit now rather than when the event loop runs dry: Node would first wait for V8's
    // background compile jobs, and in a hook that is an optimisation of the scan loop, started
    // late, for code nothing will run again (5-10 ms). Only once what we wrote is out, and not
    // after a failed write: that takes the usual way out, which reports it (exit code 2).
    const flushed = (stream, then) => stream.write('', (e) => !e && !stream.errored && then());
    flushed(process.stdout, () => flushed(process.stderr, () => process.exit()));
    return;
  }
  // Node 22.1+ caches compiled ES modules too; keep that cache beside ours, not in the temp
  // folder Node would pick (a scan writes nothing there).
  require('node:module').enableCompileCache?.(path.join(dist, '.cache', 'esm'));
  const { run } = await import(require('node:url').pathToFileURL(path.join(dist, 'cli.js')).href);
  await run(argv);
}

start().catch((e) => {
  process.stderr.write(`scan-secrets: internal error: ${e?.message ?? e} (please report it)\n`);
  process.exitCode = 2;
});

// `npm run bench`: scan-secrets against its floors, measured in the same run, interleaved,
// each as a ratio (time / floor time; 1.00x is as fast as the floor). Inputs are generated
// deterministically (scripts/bench/corpus.mjs) into a cache under the system temp dir and
// reused by later runs (BENCH_FRESH=1 regenerates). BENCH_QUICK=1 runs smaller inputs.
// docs/performance.md explains each case and gives a table as measured.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rng, sourceText, textCorpus, writeHistoryRepo, writeTree } from './bench/corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/scan-secrets.js');
const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK
  ? { tree: 24e6, corpus: 16 << 20, commits: 1000, hookRuns: 11, rounds: 3, packages: 'quick' }
  : { tree: 120e6, corpus: 64 << 20, commits: 5000, hookRuns: 21, rounds: 3, packages: 'full' };
/**
 * Real source: published npm packages, pinned, as the registry serves them (JavaScript,
 * TypeScript, declaration files, JSON API models, Markdown, source maps). Fetched once with
 * `npm pack` into the cache.
 */
const PACKAGES = {
  quick: ['rxjs@7.8.1', 'three@0.169.0'],
  full: ['typescript@5.6.3', 'aws-sdk@2.1692.0', 'three@0.169.0', 'rxjs@7.8.1'],
};
const GENERATOR = 1; // bump when corpus.mjs changes what it writes
const CACHE = join(tmpdir(), `scan-secrets-bench-v${GENERATOR}`);
const WORK = join(tmpdir(), `scan-secrets-bench-run-${process.pid}`);

const log = (s) => process.stderr.write(`${s}\n`);
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', CI: 'true' };
// Variables that make every Node process do work at start that no scan needs. NODE_EXTRA_CA_CERTS
// makes Node 20 read and parse a certificate file before running anything: on a machine with a
// proxy's CA set (as on the project's development VM) bare `node -e ''` took 120 ms instead of
// 70, and a constant added to both sides of a ratio flatters it. The timed processes run without
// them; npm, which may need the certificate to reach the registry, keeps them.
const NODE_START_ENV = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const TIMED_ENV = Object.fromEntries(Object.entries(GIT_ENV).filter(([k]) => !NODE_START_ENV.includes(k)));
const droppedEnv = NODE_START_ENV.filter((k) => process.env[k] !== undefined);

function run(cmd, args, opts = {}) {
  const t = performance.now();
  const res = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...(cmd === 'npm' ? GIT_ENV : TIMED_ENV), ...opts.env }, stdio: ['ignore', opts.stdout ?? 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (res.error) throw res.error;
  if (!(opts.ok ?? [0]).includes(res.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  return { ms, stdout: res.stdout };
}

function git(args, cwd) {
  return run('git', args, { cwd, stdout: 'pipe' }).stdout.toString();
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

/** Peak RSS (KB) of one CLI run, from inside the process: works wherever Node does. */
function peakRss(args, cwd, ok, env) {
  const preload = join(WORK, 'rss.cjs');
  const out = join(WORK, 'rss.txt');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  run(process.execPath, ['-r', preload, BIN, ...args], { cwd, ok, env });
  return Number(readFileSync(out, 'utf8'));
}

/** Generates once into the cache (a marker file says it is complete). */
async function cached(name, make) {
  const dir = join(CACHE, name);
  const marker = join(dir, '.bench-complete');
  if (process.env.BENCH_FRESH !== '1' && existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t = performance.now();
  log(`generating ${name} ...`);
  await make(dir);
  writeFileSync(marker, '');
  log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return dir;
}

const mb = (bytes) => bytes / 1048576;
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtRate = (bytes, ms) => `${(mb(bytes) / (ms / 1000)).toFixed(0)} MB/s`;
const fmtRss = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MB` : '-');

async function main() {
  mkdirSync(WORK, { recursive: true });
  const rows = [];
  const peerInputs = {};
  let peerRows = [];
  try {
    // --- inputs ---------------------------------------------------------------------------
    const tree = await cached(`tree-${SIZES.tree}`, async (dir) => {
      const info = writeTree(dir, SIZES.tree, 1);
      git(['init', '-q', '-b', 'main'], dir);
      git(['add', '-A'], dir);
      writeFileSync(join(dir, '.bench-tree.json'), JSON.stringify(info)); // untracked: not scanned
    });
    const { files: treeFiles, bytes: treeBytes } = JSON.parse(readFileSync(join(tree, '.bench-tree.json'), 'utf8'));
    const real = await cached(`packages-${SIZES.packages}`, async (dir) => {
      const tarballs = join(dir, '.tarballs');
      mkdirSync(tarballs);
      run('npm', ['pack', '--silent', '--pack-destination', tarballs, ...PACKAGES[SIZES.packages]], { stdout: 'pipe' });
      for (const tgz of readdirSync(tarballs)) {
        const into = join(dir, tgz.replace(/\.tgz$/, ''));
        mkdirSync(into);
        run('tar', ['xzf', join(tarballs, tgz), '-C', into, '--strip-components=1']);
      }
      rmSync(tarballs, { recursive: true });
      git(['init', '-q', '-b', 'main'], dir);
      git(['add', '-A'], dir);
      const sizes = git(['ls-files', '-z'], dir).split('\0').filter(Boolean).map((f) => statSync(join(dir, f)).size);
      writeFileSync(join(dir, '.bench-tree.json'), JSON.stringify({ files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }));
    });
    const realInfo = JSON.parse(readFileSync(join(real, '.bench-tree.json'), 'utf8'));
    const history = await cached(`history-${SIZES.commits}`, (dir) => writeHistoryRepo(dir, SIZES.commits, 2));
    const corpus = await cached(`corpus-${SIZES.corpus}`, async (dir) => writeFileSync(join(dir, 'corpus.txt'), textCorpus(SIZES.corpus, 3)));
    const hook = makeHookRepo();

    // --- hook latency -----------------------------------------------------------------------
    log('hook latency ...');
    // Two command lines: a git hook's or husky's (`--staged`), and the pre-commit framework's,
    // which names the staged files after `--` and runs inside the commit (GIT_INDEX_FILE set).
    const hookFiles = git(['diff', '--cached', '--name-only', '-z'], hook).split('\0').filter(Boolean);
    const preCommit = ['--pre-commit', '--', ...hookFiles];
    const inCommit = { GIT_INDEX_FILE: join(hook, '.git', 'index') };
    // And the hook `scan-secrets install` writes, run as git runs it, with the package a local
    // dependency (node_modules/.bin) and this Node first on PATH.
    const installedHook = join(ROOT, 'hooks', 'pre-commit');
    const asInstalled = { ...inCommit, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` };
    const floors = [];
    const hooks = [];
    const frameworkHooks = [];
    const installedHooks = [];
    for (let i = 0; i < SIZES.hookRuns + 1; i++) {
      const f = run(process.execPath, ['-e', '']).ms + run('git', ['diff', '--cached', '-U0'], { cwd: hook }).ms;
      const h = run(process.execPath, [BIN, '--staged'], { cwd: hook }).ms;
      const p = run(process.execPath, [BIN, ...preCommit], { cwd: hook, env: inCommit }).ms;
      const s = run('/bin/sh', [installedHook], { cwd: hook, env: asInstalled }).ms;
      if (i === 0) continue; // warm-up (and the first run of a fresh build writes its code cache)
      floors.push(f);
      hooks.push(h);
      frameworkHooks.push(p);
      installedHooks.push(s);
    }
    const hookMs = median(hooks);
    const hookFloor = median(floors);
    peerInputs.hook = hook;
    rows.push([
      `hook: --staged, 10 files / 500 added lines (median of ${SIZES.hookRuns})`,
      fmtMs(hookMs), `${fmtMs(hookFloor)} node -e '' + git diff --cached -U0`, hookMs / hookFloor,
      fmtRss(peakRss(['--staged'], hook)),
    ]);
    rows.push([
      `hook as the pre-commit framework runs it: --pre-commit -- <the 10 files>, in the commit (median of ${SIZES.hookRuns})`,
      fmtMs(median(frameworkHooks)), `${fmtMs(hookFloor)} the same floor`, median(frameworkHooks) / hookFloor,
      fmtRss(peakRss(preCommit, hook, undefined, inCommit)),
    ]);
    rows.push([
      `hook as \`scan-secrets install\` writes it: sh .git/hooks/pre-commit, from node_modules/.bin (median of ${SIZES.hookRuns})`,
      fmtMs(median(installedHooks)), `${fmtMs(hookFloor)} the same floor`, median(installedHooks) / hookFloor, '-',
    ]);

    // --- --all-files ------------------------------------------------------------------------
    log('--all-files ...');
    const reader = join(WORK, 'read-all.mjs');
    writeFileSync(reader, [
      "import { execFileSync } from 'node:child_process';",
      "import { readFileSync } from 'node:fs';",
      "const files = execFileSync('git', ['ls-files', '-z'], { maxBuffer: 1 << 30 }).toString().split('\\0').filter(Boolean);",
      'let n = 0;',
      'for (const f of files) n += readFileSync(f).length;',
      'if (n === 0) process.exit(3);',
    ].join('\n'));
    const allFiles = (label, dir, files, bytes) => {
      const allFloor = [];
      const all = [];
      for (let i = 0; i < SIZES.rounds + 1; i++) {
        const f = run(process.execPath, [reader], { cwd: dir }).ms;
        const a = run(process.execPath, [BIN, '--all-files', '--format', 'json'], { cwd: dir, ok: [0, 1] }).ms;
        if (i === 0) continue;
        allFloor.push(f);
        all.push(a);
      }
      rows.push([
        `--all-files: ${label}, ${mb(bytes).toFixed(0)} MB, ${files} files, ${availableParallelism()} cores`,
        `${fmtRate(bytes, median(all))} (${fmtMs(median(all))})`,
        `${fmtRate(bytes, median(allFloor))} (${fmtMs(median(allFloor))}) Node reading the files`,
        median(all) / median(allFloor),
        fmtRss(peakRss(['--all-files', '--format', 'json'], dir, [0, 1])),
      ]);
    };
    allFiles(`npm packages (${PACKAGES[SIZES.packages].join(', ')})`, real, realInfo.files, realInfo.bytes);
    peerInputs.real = real;
    peerInputs.realInfo = realInfo;
    allFiles('generated tree, keyword-dense', tree, treeFiles, treeBytes);

    // --- rule set on text -------------------------------------------------------------------
    log('rule set on a text corpus ...');
    const harness = join(WORK, 'engine-harness.mjs');
    await build({
      entryPoints: [join(ROOT, 'scripts/bench/engine-harness.ts')], outfile: harness, bundle: true, platform: 'node', format: 'esm',
      target: 'node20', logLevel: 'error',
    });
    const e = JSON.parse(run(process.execPath, [harness, join(corpus, 'corpus.txt'), String(SIZES.rounds)], { stdout: 'pipe' }).stdout.toString());
    rows.push([
      `rule set (${e.rules} rules) on ${mb(e.bytes).toFixed(0)} MB of text, one thread`,
      `${fmtRate(e.bytes, e.scanMs)} (${fmtMs(e.scanMs)})`,
      `${fmtRate(e.bytes, e.floorMs)} (${fmtMs(e.floorMs)}) reading + decoding it`,
      e.scanMs / e.floorMs,
      fmtRss(e.maxRssKb),
    ]);

    // --- --history --------------------------------------------------------------------------
    log('--history ...');
    const commits = Number(git(['rev-list', '--all', '--count'], history).trim());
    const histFloor = [];
    const hist = [];
    for (let i = 0; i < SIZES.rounds + 1; i++) {
      const f = run('git', ['log', '-p', '--all'], { cwd: history }).ms;
      const h = run(process.execPath, [BIN, '--history', '--format', 'json'], { cwd: history, ok: [0, 1] }).ms;
      if (i === 0) continue;
      histFloor.push(f);
      hist.push(h);
    }
    rows.push([
      `--history: ${commits} commits, every ref`,
      fmtMs(median(hist)), `${fmtMs(median(histFloor))} git log -p --all > /dev/null`, median(hist) / median(histFloor),
      fmtRss(peakRss(['--history', '--format', 'json'], history, [0, 1])),
    ]);
    if (process.env.BENCH_PEERS !== '0') peerRows = await peers(peerInputs);
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }

  const head = ['case', 'scan-secrets', 'floor (same run, interleaved)', 'ratio', 'peak RSS'];
  const body = rows.map((r) => [r[0], r[1], r[2], `${r[3].toFixed(2)}x`, r[4]]);
  const gitVersion = spawnSync('git', ['--version']).stdout.toString().trim();
  process.stdout.write(`\nscan-secrets bench${QUICK ? ' (BENCH_QUICK)' : ''}: node ${process.version}, ${gitVersion}, ${cpus()[0]?.model ?? '?'} x${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB\n\n`);
  if (droppedEnv.length) process.stdout.write(`Timed processes ran without ${droppedEnv.join(' and ')} (set here): it makes every Node start slower, the floor's included.\n\n`);
  process.stdout.write(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|\n`);
  for (const r of body) process.stdout.write(`| ${r.join(' | ')} |\n`);
  process.stdout.write('\nratio = scan-secrets time / floor time (lower is better; 1.00x = as fast as the floor)\n');
  if (peerRows.length) {
    process.stdout.write(`\n| against a peer | scan-secrets | ${SECRETLINT} | ${SECRETLINT.split('@')[0]} / scan-secrets |\n| --- | --- | --- | --- |\n`);
    for (const r of peerRows) process.stdout.write(`| ${r.join(' | ')} |\n`);
    process.stdout.write('\nInterleaved, medians; secretlint with its recommended rule preset. Higher is better for the last column.\n');
  }
}

/**
 * secretlint, the peer that runs on Node too, on the same inputs, interleaved with our own runs:
 * the hook's staged files as lint-staged would hand them over, and the real-source tree.
 * Installed once into the bench cache (not a dependency of this project). BENCH_PEERS=0 skips it.
 */
const SECRETLINT = 'secretlint@13.0.6';
async function peers({ hook, real, realInfo }) {
  let bin;
  try {
    const dir = await cached('peers-secretlint-13.0.6', async (d) => {
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--silent', '--prefix', d, SECRETLINT, '@secretlint/secretlint-rule-preset-recommend@13.1.0'], { stdout: 'pipe' });
    });
    bin = join(dir, 'node_modules', '.bin', 'secretlint');
  } catch (e) {
    log(`secretlint could not be installed, so there is no peer table: ${e.message.split('\n')[0]}`);
    return [];
  }
  const rc = join(WORK, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const out = [];
  const pair = (label, ours, theirs, rounds, bytes) => {
    const a = [];
    const b = [];
    for (let i = 0; i < rounds + 1; i++) {
      const x = ours();
      const y = theirs();
      if (i === 0) continue;
      a.push(x);
      b.push(y);
    }
    const fmt = (ms) => (bytes ? `${fmtRate(bytes, ms)} (${fmtMs(ms)})` : fmtMs(ms));
    // The peer's own time varies more than ours: give the spread of the round-by-round ratio too.
    const ratios = a.map((x, i) => b[i] / x).sort((x, y) => x - y);
    const q = (f) => ratios[Math.min(ratios.length - 1, Math.floor(f * ratios.length))].toFixed(2);
    const spread = ratios.length >= 4 ? ` (rounds: middle half ${q(0.25)}-${q(0.75)}x, all ${q(0)}-${q(1)}x)` : '';
    out.push([label, fmt(median(a)), fmt(median(b)), `${(median(b) / median(a)).toFixed(2)}x${spread}`]);
  };
  log('secretlint ...');
  const staged = git(['diff', '--cached', '--name-only', '-z'], hook).split('\0').filter(Boolean);
  pair(
    `hook: the ${staged.length} staged files (median of ${SIZES.hookRuns})`,
    () => run(process.execPath, [BIN, '--staged'], { cwd: hook }).ms,
    () => run(bin, ['--secretlintrc', rc, ...staged], { cwd: hook, ok: [0, 1] }).ms,
    SIZES.hookRuns,
  );
  pair(
    `whole tree: npm packages, ${mb(realInfo.bytes).toFixed(0)} MB`,
    () => run(process.execPath, [BIN, '--all-files', '--format', 'json'], { cwd: real, ok: [0, 1] }).ms,
    () => run(bin, ['--secretlintrc', rc, '--format', 'json', '**/*'], { cwd: real, ok: [0, 1], stdout: 'pipe' }).ms,
    SIZES.rounds,
    realInfo.bytes,
  );
  return out;
}

/** A repository with a typical commit staged: 10 files, about 500 added lines, no secrets. */
function makeHookRepo() {
  const dir = join(WORK, 'hook');
  mkdirSync(dir, { recursive: true });
  git(['init', '-q', '-b', 'main'], dir);
  git(['config', 'user.email', 'bench@repo.test'], dir);
  git(['config', 'user.name', 'bench'], dir);
  const r = rng(5);
  const exts = ['ts', 'py', 'go', 'md', 'yaml'];
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `f${i}.${exts[i % exts.length]}`), sourceText(r, exts[i % exts.length], 4000, 1e12));
  git(['add', '-A'], dir);
  git(['commit', '-q', '-m', 'base'], dir);
  for (let i = 0; i < 10; i++) {
    const ext = exts[i % exts.length];
    const path = join(dir, i < 7 ? `f${i}.${ext}` : `new${i}.${ext}`);
    const lines = sourceText(r, ext, 50 * 120, 1e12).split('\n').slice(0, 50).join('\n');
    writeFileSync(path, `${existsSync(path) ? readFileSync(path, 'utf8') : ''}${lines}\n`);
  }
  git(['add', '-A'], dir);
  // The package as a local dependency, where the installed hook looks first (not staged).
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules/\n');
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(BIN, join(dir, 'node_modules', '.bin', 'scan-secrets'));
  const added = git(['diff', '--cached', '--numstat'], dir).split('\n').filter(Boolean).reduce((n, l) => n + Number(l.split('\t')[0]), 0);
  log(`hook repo: ${added} added lines staged in 10 files`);
  return dir;
}

await main();

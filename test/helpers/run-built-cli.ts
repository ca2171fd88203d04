// Runs the real, bundled CLI (bin/scan-secrets.js -> dist/). test/global-setup.ts builds dist/
// once per run; this builds only when dist/ is missing (a single file run some other way), under a
// lock. It never rebuilds a dist/ that exists: the build empties dist/ first, and a rebuild while
// other test files run their CLI would pull it from under them.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/scan-secrets.js');

function fresh(): boolean {
  return ['cli.js', 'worker.js', 'fast.cjs'].every((f) => existsSync(join(ROOT, 'dist', f)));
}

export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = join(ROOT, '.build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another test to build dist/');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (fresh()) return;
    const res = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`build failed: ${res.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Git that ignores the machine's own config, so tests see the same git everywhere. */
export const HERMETIC_GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...HERMETIC_GIT_ENV, ...opts.env };
  for (const k of ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE']) if (!(opts.env && k in opts.env)) delete env[k];
  const res = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, env, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

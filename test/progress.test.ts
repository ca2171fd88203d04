// The progress bar: on a terminal (a real pseudo-terminal, via util-linux `script`), on
// stderr only; never when stderr is piped, and never in CI.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigTree, type Tree } from './helpers/tree.ts';
import { BIN, HERMETIC_GIT_ENV, ensureBuilt, runCli } from './helpers/run-built-cli.ts';

let tree: Tree;
beforeAll(() => {
  ensureBuilt();
  tree = bigTree(120, 20_000);
});
afterAll(() => tree.repo.cleanup());

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a shell command line under a pseudo-terminal; returns what the terminal showed. */
function onTerminal(command: string, env: Record<string, string>) {
  const res = spawnSync('script', ['-qfec', command, '/dev/null'], {
    cwd: tree.repo.dir,
    encoding: 'utf8',
    env: { ...process.env, ...HERMETIC_GIT_ENV, TERM: 'xterm', CI: '', SCAN_SECRETS_PROGRESS_DELAY_MS: '0', ...env },
  });
  return { status: res.status, screen: res.stdout };
}

const BAR = /scanning .*\d+\/\d+ files \| [\d.]+ MB \| [\d.]+ MB\/s \| ETA/;

describe('progress bar', () => {
  it('shows on a terminal, on stderr, and leaves stdout to the report', () => {
    const out = join(tree.repo.dir, '..', `${tree.repo.dir.split('/').pop()}-report.json`);
    const t = onTerminal(`${shellQuote(process.execPath)} ${shellQuote(BIN)} --all-files --format json > ${shellQuote(out)}`, {});
    expect(t.status).toBe(1);
    expect(t.screen).toMatch(BAR);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out);
    expect(report.findings.length).toBe(tree.secrets.length);
  });

  it('never shows when stderr is piped', () => {
    const res = runCli(['--all-files'], { cwd: tree.repo.dir, env: { SCAN_SECRETS_PROGRESS_DELAY_MS: '0', CI: '' } });
    expect(res.status).toBe(1);
    expect(res.stderr).not.toMatch(/scanning/);
    expect(res.stdout).not.toMatch(/scanning/);
  });

  it('never shows in CI, even on a terminal', () => {
    const t = onTerminal(`${shellQuote(process.execPath)} ${shellQuote(BIN)} --all-files`, { CI: 'true' });
    expect(t.status).toBe(1);
    expect(t.screen).toContain('problems in');
    expect(t.screen).not.toMatch(/scanning/);
  });

  it('counts commits for --history', () => {
    const t = onTerminal(`${shellQuote(process.execPath)} ${shellQuote(BIN)} --history`, {});
    expect(t.status).toBe(1);
    expect(t.screen).toMatch(/scanning .*\d+\/\d+ commits/);
  });
});

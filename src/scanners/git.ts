// Running git. Scanners are the only code that knows git exists. Calls on the hook's path use
// child_process directly (simple-git's start-up and buffering cost more than the call itself);
// every path list is -z, and every error becomes a ScanError so the scan fails closed.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ScanError } from '../errors.ts';

/**
 * Config that would change what git prints to us (colours, path quoting, signatures), and config
 * a scanned repository could use to run a command on our machine: core.fsmonitor names a program
 * git runs whenever it consults the index, and .git/config is whatever the repository's last
 * owner left there. (External diff and textconv drivers are refused per call: --no-ext-diff,
 * --no-textconv.)
 */
const SAFE_CONFIG = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '-c', 'log.showSignature=false', '-c', 'core.fsmonitor=false'];

export interface GitOptions {
  cwd?: string;
  input?: string | Buffer;
  /** exit codes that are not errors (e.g. 1 for `git check-ignore` with no match) */
  okCodes?: number[];
}

export function git(args: string[], opts: GitOptions = {}): Buffer {
  const res = spawnSync('git', [...SAFE_CONFIG, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (res.error) {
    const code = (res.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ScanError('git was not found on PATH: install git, or scan files with --no-git');
    throw new ScanError(`git ${command(args)} failed: ${res.error.message}`);
  }
  if (res.status !== 0 && !(opts.okCodes ?? []).includes(res.status ?? -1)) {
    throw new ScanError(failure(args, res.stderr.toString('utf8'), res.status ?? res.signal));
  }
  return res.stdout;
}

export function gitText(args: string[], opts: GitOptions = {}): string {
  return git(args, opts).toString('utf8');
}

/** Splits NUL-terminated output; paths stay as git gave them (UTF-8; invalid bytes become U+FFFD). */
export function splitZ(buf: Buffer): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = buf.indexOf(0); i !== -1; i = buf.indexOf(0, start)) {
    out.push(buf.toString('utf8', start, i));
    start = i + 1;
  }
  if (start < buf.length) out.push(buf.toString('utf8', start));
  return out;
}

/** Splits NUL-terminated output into records of raw bytes (names that are not UTF-8 stay exact). */
export function splitRecords(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = buf.indexOf(0); i !== -1; i = buf.indexOf(0, start)) {
    out.push(buf.subarray(start, i));
    start = i + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

/** git's first line of complaint, and what to do about it where git does not say. */
function failure(args: string[], stderr: string, status: number | string | null): string {
  const said = firstLine(stderr) || `exit code ${status}`;
  // git names the index file it cannot read, and nothing to do about it
  const index = /index file (?:smaller than expected|corrupt)|bad index file|bad signature 0x[0-9a-f]+/i.test(said);
  return `git ${command(args)} failed: ${said}${index ? '; the index is damaged: delete that file and run git reset to rebuild it from HEAD, then stage your changes again' : ''}`;
}

/** The subcommand, for messages: `git -c k=v log ...` is "log". */
function command(args: string[]): string {
  let i = 0;
  while (args[i] === '-c') i += 2;
  return args[i] ?? 'git';
}

function firstLine(s: string): string {
  return s.split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find((l) => l) ?? '';
}

/** The work tree's top, or undefined outside a repository (or inside .git / a bare repo). */
export function repoRoot(cwd?: string): string | undefined {
  const res = spawnSync('git', [...SAFE_CONFIG, 'rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error && (res.error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  if (res.status !== 0) return undefined;
  return res.stdout.toString('utf8').replace(/\n$/, '') || undefined;
}

/** The folder of the bare repository cwd is in (git's absolute git dir), or undefined. */
export function bareRepoDir(cwd: string): string | undefined {
  const res = spawnSync('git', [...SAFE_CONFIG, 'rev-parse', '--is-bare-repository', '--absolute-git-dir'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error || res.status !== 0) return undefined;
  const [bare, dir] = res.stdout.toString('utf8').split('\n');
  return bare === 'true' && dir ? dir : undefined;
}

/**
 * The top of the work tree, for the hook: git runs hooks from the top, so when cwd holds a git
 * directory and no GIT_DIR or GIT_WORK_TREE points elsewhere, cwd is the answer git would give,
 * without the git process that costs every commit some milliseconds. Anywhere else, git's answer.
 */
export function hookTop(cwd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GIT_DIR === undefined && env.GIT_WORK_TREE === undefined && holdsGitDir(cwd)) return cwd;
  return repoRoot(cwd);
}

/**
 * Whether cwd/.git is one git would take: a folder with HEAD, objects and refs (git's own test),
 * or a `gitdir:` file (a linked worktree, a submodule). Git passes over anything else and looks
 * in the parent folders, and so must we.
 */
function holdsGitDir(cwd: string): boolean {
  const dotGit = join(cwd, '.git');
  try {
    const st = statSync(dotGit);
    if (st.isDirectory()) return existsSync(join(dotGit, 'HEAD')) && existsSync(join(dotGit, 'objects')) && existsSync(join(dotGit, 'refs'));
    return st.isFile() && readFileSync(dotGit, 'utf8').startsWith('gitdir:');
  } catch {
    return false;
  }
}

/**
 * The one-line error for a mode that needs a work tree when repoRoot found none. "Not inside a git
 * repository" sends people the wrong way when git is missing, the repository is bare, the scan
 * runs inside .git, or git refuses a repository another user owns; each gets its own words.
 */
export function noWorkTreeMessage(cwd: string | undefined, flag: string): string {
  const { what, fix } = noWorkTree(cwd);
  return `${what}, so ${flag} has nothing to read; ${fix}`;
}

function noWorkTree(cwd: string | undefined): { what: string; fix: string } {
  const plain = 'scan plain files with: scan-secrets --no-git PATH...';
  const none = { what: 'not inside a git repository', fix: plain };
  const res = spawnSync('git', [...SAFE_CONFIG, 'rev-parse', '--is-bare-repository', '--is-inside-git-dir'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error) {
    return (res.error as NodeJS.ErrnoException).code === 'ENOENT' ? { what: 'git was not found on PATH', fix: `install git, or ${plain}` } : none;
  }
  if (res.status !== 0) {
    const dubious = /dubious ownership in repository at '(.*)'/.exec(res.stderr.toString('utf8'));
    if (dubious) return { what: 'git refuses this repository because another user owns it', fix: `run as its owner, or trust it with: git config --global --add safe.directory ${dubious[1]}` };
    return none;
  }
  const [bare, insideGitDir] = res.stdout.toString('utf8').split('\n');
  if (bare === 'true') return { what: 'this is a bare repository (no work tree, no index)', fix: 'run it in a clone that has a work tree (--history works here)' };
  if (insideGitDir === 'true') return { what: 'this is inside the .git folder, not the work tree', fix: 'run it from the work tree' };
  return none;
}


/** Streams git's stdout; rejects (fails closed) on a non-zero exit. */
export function gitStream(args: string[], opts: GitOptions = {}) {
  const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString('utf8');
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new ScanError(e.code === 'ENOENT' ? 'git was not found on PATH: install git, or scan files with --no-git' : `git ${command(args)} failed: ${e.message}`)),
    );
    child.on('close', (code, signal) => {
      if (code === 0 || (opts.okCodes ?? []).includes(code ?? -1)) resolve();
      else reject(new ScanError(failure(args, stderr, code ?? signal)));
    });
  });
  if (opts.input !== undefined) child.stdin.end(opts.input);
  return { child, done };
}

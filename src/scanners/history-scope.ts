// Which commits a history scan covers, as arguments for git's revision walk. Every revision is
// resolved to a commit id first: a typo fails here with a message (git's own date parser would
// read "--since garbage" as "now" and report a clean, empty history).

import { ScanError, UsageError } from '../errors.ts';
import { git } from './git.ts';

export interface ScopeOptions {
  /** Branches or other revisions to start from (default: every ref). */
  branch?: string[];
  /** A revision (commits reachable from it are left out) or a date. */
  since?: string;
  /** A revision (the walk starts there instead) or a date. */
  until?: string;
  maxCommits?: number;
  /** Extra `git log` options, e.g. "--author=ana --no-merges -- src/". */
  logOpts?: string;
}

export interface Scope {
  /** Revisions and limits, before any `--`. */
  revArgs: string[];
  /** Pathspecs from --log-opts (after its `--`). */
  paths: string[];
}

/** `git rev-parse`'s idea of a commit id for rev, or undefined. */
export function resolveCommit(cwd: string, rev: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  const out = git(['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd, okCodes: [1, 128] });
  const id = out.toString('utf8').trim();
  return /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

const RELATIVE = /^\d+[ .]?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[ .]ago$/i;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Dates git reads the way a person means them; anything else is refused, not guessed. */
export function isDate(s: string): boolean {
  const v = s.trim();
  if (RELATIVE.test(v) || ISO.test(v) || /^@\d+$/.test(v) || v === 'yesterday') return true;
  return /[a-z]{3}/i.test(v) && /\d{4}/.test(v) && !Number.isNaN(Date.parse(v));
}

/** Splits --log-opts like a shell would: spaces separate, quotes group, no expansion. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let has = false;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
    }
  }
  if (quote) throw new UsageError(`--log-opts: unclosed ${quote} in "${s}"`);
  if (has || cur) out.push(cur);
  return out;
}

// Options that would change what git prints (we parse it), or write files.
const REFUSED = /^(?:--output|-o$|--format|--pretty|--oneline|-p$|-u$|--patch|--no-patch|-s$|--raw|--stat|--numstat|--shortstat|--summary|--name-only|--name-status|-z$|--graph|--objects|--stdin|--walk-reflogs|-g$|--left-right|--boundary|--cherry-mark|--children|--parents|--show-pulls|--color|--decorate|--abbrev|--word-diff|--color-words|--ext-diff|--textconv|-R$|--relative|--src-prefix|--dst-prefix|--no-prefix|--line-prefix|--binary|--full-diff|-U|--unified|-W|--function-context|--diff-merges|-m$|-c$|--cc|--no-renames|--find-copies|-C)/;

export function resolveScope(cwd: string, o: ScopeOptions): Scope {
  const revArgs: string[] = [];
  const tips: string[] = [];
  for (const b of o.branch ?? []) {
    const id = resolveCommit(cwd, b);
    if (!id) throw new ScanError(`--branch ${b}: no such branch or revision in this repository (see git branch -a)`);
    tips.push(id);
  }
  if (o.until !== undefined) {
    const id = resolveCommit(cwd, o.until);
    if (id) {
      if (tips.length) throw new UsageError('--until REV sets where the walk starts, as --branch does: use one of them');
      tips.push(id);
    } else if (isDate(o.until)) {
      revArgs.push(`--until=${o.until}`);
    } else {
      throw new ScanError(`--until ${o.until}: neither a revision nor a date; use a branch, tag or commit, or a date like 2024-01-31 or "2 weeks ago"`);
    }
  }
  if (o.since !== undefined) {
    const id = resolveCommit(cwd, o.since);
    if (id) revArgs.push(`^${id}`);
    else if (isDate(o.since)) revArgs.push(`--since=${o.since}`); else {
      throw new ScanError(`--since ${o.since}: neither a revision nor a date; use a branch, tag or commit, or a date like 2024-01-31 or "2 weeks ago"`);
    }
  }
  if (o.maxCommits !== undefined) {
    if (!Number.isInteger(o.maxCommits) || o.maxCommits < 1) throw new UsageError(`--max-commits must be a whole number above 0, not ${o.maxCommits}`);
    revArgs.push(`--max-count=${o.maxCommits}`);
  }
  const paths: string[] = [];
  if (o.logOpts !== undefined) {
    // yargs gives "" for `--log-opts --author=x`: a value starting with - must be attached.
    if (o.logOpts.trim() === '') throw new UsageError('--log-opts is empty; attach its value with =, e.g. --log-opts="--author=ana -- src/"');
    const words = splitArgs(o.logOpts);
    const dash = words.indexOf('--');
    const opts = dash === -1 ? words : words.slice(0, dash);
    if (dash !== -1) paths.push(...words.slice(dash + 1));
    for (const w of opts) {
      if (REFUSED.test(w)) throw new UsageError(`--log-opts: ${w} changes git's output, which scan-secrets reads itself; use revision and limiting options (--author, --no-merges, --first-parent, A..B, -- PATH)`);
    }
    // Revisions and ranges in log options stand in for the default of every ref.
    if (opts.some((w) => !w.startsWith('-'))) tips.push(...opts.filter((w) => !w.startsWith('-')));
    revArgs.push(...opts.filter((w) => w.startsWith('-')));
  }
  return { revArgs: [...(tips.length ? tips : ['--all']), ...revArgs], paths };
}

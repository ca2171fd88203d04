// Allowlists decide which findings a team has accepted. Content (a secret's hash, a regex on
// the secret or line, a stopword) is precise; a path hides everything in a file, real secrets
// included, so a finding hidden by a path alone is reported under --verbose when a specific
// rule made it.

import { createHash } from 'node:crypto';
import { Minimatch } from 'minimatch';
import type { Finding } from '../engine/types.ts';
import type { AllowlistConfig } from './types.ts';

/** Something that tests a string: an UntrustedRegex, or any object with the same test. */
export interface Tester {
  test(s: string): boolean;
}

/**
 * A glob relative to the repository root, `/`-separated on every OS. A pattern without a slash
 * matches the name at any depth (`*.pem`); a trailing slash means everything below (`fixtures/`).
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const pattern = glob.startsWith('./') ? glob.slice(2) : glob;
  const mm = new Minimatch(pattern.endsWith('/') ? `${pattern}**` : pattern, {
    dot: true,
    matchBase: !pattern.replace(/\/$/, '').includes('/'),
    nocomment: true,
    nonegate: true,
  });
  return (path) => mm.match(path);
}

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

interface Compiled {
  entry: AllowlistConfig;
  rules?: Set<string>;
  paths: ((p: string) => boolean)[];
  regexes: Tester[];
  stopwords: string[];
  secrets: string[];
  commits: string[];
}

export interface AllowMatch {
  entry: AllowlistConfig;
  /** Only the path matched: the finding may be a real secret that nobody looked at. */
  byPathOnly: boolean;
}

export class AllowlistSet {
  private readonly compiled: Compiled[];
  private readonly hashes = new WeakMap<Finding, string>();

  constructor(entries: AllowlistConfig[], compile: (source: string, entry: AllowlistConfig, key: string) => Tester) {
    this.compiled = entries.map((entry) => ({
      entry,
      rules: entry.rules.length ? new Set(entry.rules) : undefined,
      paths: [
        ...entry.paths.map(globMatcher),
        ...entry.pathRegexes.map((src, i) => {
          const re = compile(src, entry, `paths[${i}]`);
          return (p: string) => re.test(p);
        }),
      ],
      regexes: entry.regexes.map((src, i) => compile(src, entry, `regexes[${i}]`)),
      stopwords: entry.stopwords.map((w) => w.toLowerCase()),
      secrets: entry.secrets,
      commits: entry.commits.map((c) => c.toLowerCase()),
    }));
  }

  get size(): number {
    return this.compiled.length;
  }

  private hash(f: Finding): string {
    let h = this.hashes.get(f);
    if (h === undefined) {
      h = sha256Hex(f.secret);
      this.hashes.set(f, h);
    }
    return h;
  }

  /** The first allowlist entry that allows the finding (path: repository-relative). */
  match(f: Finding, path: string): AllowMatch | undefined {
    for (const c of this.compiled) {
      if (c.rules && !c.rules.has(f.ruleId)) continue;
      const checks: boolean[] = [];
      let pathHit = false;
      let contentHit = false;
      if (c.paths.length) {
        pathHit = c.paths.some((m) => m(path));
        checks.push(pathHit);
      }
      if (c.commits.length) checks.push(f.origin.commit !== undefined && c.commits.some((x) => f.origin.commit!.toLowerCase().startsWith(x)));
      const secret = f.kind === 'secret';
      if (c.regexes.length) {
        const target = c.entry.regexTarget === 'line' ? f.lineText ?? '' : c.entry.regexTarget === 'match' ? f.match ?? f.secret : f.secret;
        const hit = secret && c.regexes.some((re) => re.test(target));
        contentHit ||= hit;
        checks.push(hit);
      }
      if (c.stopwords.length) {
        const lower = f.secret.toLowerCase();
        const hit = secret && c.stopwords.some((w) => lower.includes(w));
        contentHit ||= hit;
        checks.push(hit);
      }
      if (c.secrets.length) {
        const hit = secret && c.secrets.some((h) => this.hash(f).startsWith(h));
        contentHit ||= hit;
        checks.push(hit);
      }
      const allowed = c.entry.condition === 'and' ? checks.every(Boolean) : checks.some(Boolean);
      if (allowed) return { entry: c.entry, byPathOnly: pathHit && !contentHit };
    }
    return undefined;
  }
}

// After a history scan: one finding per secret, from the commit that first added it, marked
// with whether HEAD still holds it. The first answers "exposed since when: rotate now"; the
// second "still here: remove it too".
//
// Presence at HEAD is checked for the few secrets found, not by scanning HEAD again: one
// `git grep -F` over HEAD's tree (patterns on stdin, never on the command line, where other
// users could read them) names the files that may hold one, and the engine confirms each on
// those files alone, so a secret counts as present only where the same rule finds it again.

import type { Engine } from '../engine/engine.ts';
import type { Finding } from '../engine/types.ts';
import { SizeReader } from './batch-check.ts';
import { BlobReader } from './blobs.ts';
import { git, gitStream } from './git.ts';
import { resolveCommit } from './history-scope.ts';
import { decodeBytes } from './text.ts';
import { MAX_SCAN_BYTES } from './types.ts';

/** Same rule, same secret: one finding. A file finding (a committed .env) is one per path. */
export function historyKey(f: Finding): string {
  return f.kind === 'file' ? `${f.ruleId}\0file\0${f.file}` : `${f.ruleId}\0${f.secret}`;
}

/**
 * Findings arrive in git log's order, newest commit first; the last one seen for a secret is
 * where it came in. The result is oldest first: the order the leaks happened.
 */
export async function dedupeHistory(cwd: string, findings: Finding[], engine: Engine): Promise<Finding[]> {
  if (findings.length === 0) return findings;
  const first = new Map<string, Finding>();
  for (const f of findings) {
    const key = historyKey(f);
    const seen = first.get(key);
    // Within one commit and file, keep the earliest line.
    if (!seen || seen.origin.commit !== f.origin.commit || seen.file !== f.file) first.set(key, f);
  }
  const kept = [...first.values()].reverse();
  const present = await presentAtHead(cwd, kept, engine);
  return kept.map((f) => ({ ...f, stillPresent: present.has(historyKey(f)) }));
}

/** The longest line of a secret: what git grep can look for (it matches line by line). */
function probe(secret: string): string {
  return secret.split(/\r?\n|\\r\\n|\\n/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
}

async function presentAtHead(cwd: string, findings: Finding[], engine: Engine): Promise<Set<string>> {
  const present = new Set<string>();
  if (!resolveCommit(cwd, 'HEAD')) return present;
  const sizes = new SizeReader(cwd);
  const blobs = new BlobReader(cwd);
  try {
    for (const f of findings) {
      if (f.kind === 'file' && (await sizes.size(`HEAD:${f.file}`)) !== undefined) present.add(historyKey(f));
    }
    const probes = [...new Set(findings.filter((f) => f.kind === 'secret').map((f) => probe(f.secret)).filter((p) => p.length >= 4))];
    if (probes.length === 0) return present;
    const wanted = new Set(findings.filter((f) => f.kind === 'secret').map(historyKey));
    for (const path of await grepFiles(cwd, probes)) {
      const object = headObject(cwd, path);
      // What --all-files would not read (over the limit), HEAD does not count as holding.
      const size = object === undefined ? undefined : await sizes.size(object);
      if (size === undefined || size > MAX_SCAN_BYTES) continue;
      const bytes = await blobs.read(object!);
      const decoded = decodeBytes(bytes, true);
      const found = engine.scan({ path, size: bytes.length, content: decoded.content, utf8: decoded.utf8, binary: decoded.binary, head: decoded.head, origin: { kind: 'commit' } });
      for (const g of found) if (wanted.has(historyKey(g))) present.add(historyKey(g));
    }
    return present;
  } finally {
    sizes.close();
    blobs.close();
  }
}

/**
 * How to ask `git cat-file --batch` for a file at HEAD. Its protocol is one name a line, so a
 * name with a line break in it is asked for by its blob id instead (one `git ls-tree`); asked as
 * HEAD:<name>, it split into two questions and put every later answer out of step.
 */
function headObject(cwd: string, path: string): string | undefined {
  if (!/[\r\n]/.test(path)) return `HEAD:${path}`;
  const entry = git(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', 'HEAD', '--', path], { cwd }).toString('utf8');
  return /^\d+ blob ([0-9a-f]+)\t/.exec(entry)?.[1];
}

/**
 * Paths in HEAD's tree holding any of the strings. Not -I: git's idea of binary follows
 * .gitattributes (`-diff`), and the engine decides on text itself.
 */
async function grepFiles(cwd: string, probes: string[]): Promise<string[]> {
  const { child, done } = gitStream(['grep', '-z', '-l', '-F', '--no-color', '-f', '-', 'HEAD', '--'], {
    cwd, input: `${probes.join('\n')}\n`, okCodes: [1],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (out += d));
  await done;
  return out.split('\0').filter(Boolean).map((p) => p.replace(/^HEAD:/, ''));
}

// Matching findings against baseline entries. By rule and secret hash first, wherever the
// file now is (a `git mv` or a copied config keeps its entry); entries without a hash (blocked
// files, imports by path) match by rule and path. Each entry remembers whether it was used, so
// a full scan can tell which entries are stale.

import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.ts';
import type { BaselineEntry } from './file.ts';

const hex = (algo: 'sha256' | 'sha1', s: string) => createHash(algo).update(s, 'utf8').digest('hex');

export class BaselineMatcher {
  private readonly byHash = new Map<string, BaselineEntry[]>();
  private readonly bySha1 = new Map<string, BaselineEntry[]>();
  private readonly byPath = new Map<string, BaselineEntry[]>();
  /** Entries that matched a finding in this run. */
  readonly used = new Set<BaselineEntry>();

  constructor(readonly entries: BaselineEntry[]) {
    for (const e of entries) {
      if (e.sha256) push(this.byHash, `${e.rule}\0${e.sha256}`, e);
      else if (e.sha1) push(this.bySha1, e.sha1, e);
      else push(this.byPath, e.path, e);
    }
  }

  /** The entry that accepts this finding, if any (path: repository-relative). */
  match(f: Finding, path: string): BaselineEntry | undefined {
    let hit: BaselineEntry | undefined;
    if (f.kind === 'secret' && f.secret) {
      const sha256 = hex('sha256', f.secret);
      hit = pick(this.byHash.get(`${f.ruleId}\0${sha256}`), path);
      if (!hit && this.bySha1.size) hit = pick(this.bySha1.get(hex('sha1', f.secret))?.filter((e) => e.rule === '*' || e.rule === f.ruleId), path);
    }
    hit ??= this.byPath.get(path)?.find((e) => e.rule === f.ruleId || e.rule === '*');
    if (hit) this.used.add(hit);
    return hit;
  }

  stale(): BaselineEntry[] {
    return this.entries.filter((e) => !this.used.has(e));
  }
}

function push<K>(map: Map<K, BaselineEntry[]>, key: K, e: BaselineEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** The entry recorded for this path if there is one, else any (the file moved). */
function pick(list: BaselineEntry[] | undefined, path: string): BaselineEntry | undefined {
  if (!list?.length) return undefined;
  return list.find((e) => e.path === path) ?? list[0];
}

export function secretHashes(secret: string): { sha256: string; sha1: string } {
  return { sha256: hex('sha256', secret), sha1: hex('sha1', secret) };
}

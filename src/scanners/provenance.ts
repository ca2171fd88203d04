// Where a secret found in history came from. The scan saw blobs; people think in commits. For
// the few blobs with findings this works out which commit first introduced each blob (one
// streamed `git log --raw`, tree diffs only, no content) and which are still at HEAD (one
// `git ls-tree`), then keeps one finding per secret: the earliest, marked stillPresent when
// any blob holding it is in HEAD's tree.

import type { Engine } from '../engine/engine.ts';
import type { Finding } from '../engine/types.ts';
import { BlobReader } from './blobs.ts';
import { gitStream } from './git.ts';
import { resolveCommit, type Scope } from './history-scope.ts';
import { decodeBytes } from './text.ts';

interface Intro {
  /** Position in git log's output: higher is older. */
  order: number;
  commit: string;
  author: string;
  date: string;
  path: string;
  /** The blobs this one replaced at that path (one per parent for a merge); none when added. */
  replaced: string[];
}

/** Same secret, same rule: one finding. File findings (a committed .env) are one per path. */
function secretKey(f: Finding): string {
  return f.kind === 'file' ? `${f.ruleId}\0file\0${f.file}` : `${f.ruleId}\0${f.secret}`;
}

export async function attribute(cwd: string, scope: Scope, boundary: string[], findings: Finding[], engine: Engine): Promise<Finding[]> {
  const groups = new Map<string, Finding[]>();
  const wanted = new Set<string>();
  for (const f of findings) {
    const key = secretKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
    if (f.origin.blob) wanted.add(f.origin.blob);
  }
  const intros = await introductions(cwd, scope, boundary, wanted);
  const atHead = await headBlobs(cwd, wanted);

  const out: { f: Finding; order: number; intro?: Intro }[] = [];
  for (const g of groups.values()) {
    // Earliest introduction wins; within one blob, the first occurrence (findings are in order).
    let best = g[0];
    let bestIntro = intros.get(best.origin.blob ?? '');
    for (const f of g) {
      const i = intros.get(f.origin.blob ?? '');
      if (i && (!bestIntro || i.order > bestIntro.order)) {
        best = f;
        bestIntro = i;
      }
    }
    const stillPresent = g.some((f) => f.origin.blob !== undefined && atHead.has(f.origin.blob));
    const f: Finding = {
      ...best,
      file: bestIntro?.path ?? best.file,
      origin: bestIntro
        ? { kind: 'commit', commit: bestIntro.commit, author: bestIntro.author, date: bestIntro.date, blob: best.origin.blob }
        : best.origin,
      stillPresent,
    };
    out.push({ f, order: bestIntro?.order ?? -1, intro: bestIntro });
  }

  const kept = scope.partial ? await dropOlderThanScope(cwd, out, engine) : out;
  kept.sort((a, b) => b.order - a.order || a.f.file.localeCompare(b.f.file) || (a.f.line ?? 0) - (b.f.line ?? 0));
  return kept.map((k) => k.f);
}

/**
 * In a partial scan (--since, dates, --max-commits, --log-opts) a blob new in the window may
 * carry a secret that its predecessor, outside the window, already had: an edit elsewhere in
 * the file is not the secret's introduction. Those are dropped, as a diff would not show them.
 */
async function dropOlderThanScope(cwd: string, items: { f: Finding; order: number; intro?: Intro }[], engine: Engine) {
  const reader = new BlobReader(cwd);
  const cache = new Map<string, Finding[]>();
  try {
    const kept: typeof items = [];
    for (const item of items) {
      let older = false;
      for (const sha of item.intro?.replaced ?? []) {
        let found = cache.get(sha);
        if (!found) {
          const bytes = await reader.read(sha);
          const decoded = decodeBytes(bytes);
          found = engine.scan({
            path: item.f.file, size: bytes.length, content: decoded.content, binary: decoded.binary, head: decoded.head, origin: { kind: 'commit', blob: sha },
          });
          cache.set(sha, found);
        }
        if (found.some((o) => o.ruleId === item.f.ruleId && (item.f.kind === 'file' || o.secret === item.f.secret))) older = true;
      }
      if (!older) kept.push(item);
    }
    return kept;
  } finally {
    reader.close();
  }
}

/** For each wanted blob, the oldest commit (in git log's order) whose diff adds it. */
async function introductions(cwd: string, scope: Scope, boundary: string[], wanted: Set<string>): Promise<Map<string, Intro>> {
  const found = new Map<string, Intro>();
  const args = [
    'log', '--format=%x01%H%x00%an <%ae>%x00%aI', '--raw', '--no-abbrev', '-z', '-c', '--no-renames', '--no-color',
    ...(boundary.length ? ['--stdin'] : []), ...scope.revArgs, '--', ...scope.paths,
  ];
  const { child, done } = gitStream(args, { cwd, input: boundary.length ? boundary.map((b) => `^${b}\n`).join('') : undefined });
  if (!boundary.length) child.stdin.end();
  let rest = '';
  let order = 0;
  let commit = '';
  let author = '';
  let date = '';
  let expect: 'author' | 'date' | 'path' | undefined;
  let pending: { shas: string[]; parents: number } | undefined;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    const tokens = (rest + text).split('\0');
    rest = tokens.pop() ?? '';
    for (const raw of tokens) {
      if (expect === 'author') {
        author = raw;
        expect = 'date';
        continue;
      }
      if (expect === 'date') {
        date = raw;
        expect = undefined;
        continue;
      }
      if (expect === 'path') {
        expect = undefined;
        const p = pending!;
        const blob = p.shas[p.shas.length - 1];
        if (wanted.has(blob)) {
          const replaced = p.shas.slice(0, p.parents).filter((s) => !/^0+$/.test(s));
          found.set(blob, { order, commit, author, date, path: raw, replaced });
        }
        continue;
      }
      if (raw.startsWith('\x01')) {
        commit = raw.slice(1);
        order++;
        expect = 'author';
        continue;
      }
      const t = raw.startsWith('\n') ? raw.slice(1) : raw;
      if (!t.startsWith(':')) continue;
      // ":mode mode old new S" or, for a merge (-c), "::m m m p1 p2 new SS"
      let parents = 0;
      while (t[parents] === ':') parents++;
      const fields = t.slice(parents).split(' ');
      pending = { shas: fields.slice(parents + 1, 2 * parents + 2), parents };
      expect = 'path';
    }
  });
  await done;
  return found;
}

/** Which of the wanted blobs HEAD's tree holds (none on an unborn branch). */
async function headBlobs(cwd: string, wanted: Set<string>): Promise<Set<string>> {
  const out = new Set<string>();
  if (!resolveCommit(cwd, 'HEAD')) return out;
  const { child, done } = gitStream(['ls-tree', '-r', '-z', 'HEAD'], { cwd });
  child.stdin.end();
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    const entries = (rest + text).split('\0');
    rest = entries.pop() ?? '';
    for (const e of entries) {
      // "<mode> <type> <sha>\t<path>"
      const tab = e.indexOf('\t');
      const sha = e.slice(e.lastIndexOf(' ', tab) + 1, tab);
      if (wanted.has(sha)) out.add(sha);
    }
  });
  await done;
  return out;
}

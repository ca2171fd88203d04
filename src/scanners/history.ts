// `--history`: the lines each commit added, read from one streamed `git log -p -U0`.
//
// Each line of content is scanned in the commit that added it, and nowhere else: unchanged
// files are never looked at again, a rename (-M) adds nothing, and a merge (--cc) adds only
// what its own resolution wrote, not what its parents brought. Blobs over the size limit are
// binary to git (core.bigFileThreshold), so git skips them by size without diffing them.
// Which commit first introduced a secret, and whether HEAD still has it, is settled once the
// stream is done (provenance.ts). docs/history.md has the measurements behind choosing this
// over scanning every distinct blob (`rev-list --objects` + `cat-file --batch`).

import type { Engine } from '../engine/engine.ts';
import type { Finding, Origin, Target } from '../engine/types.ts';
import { loadJob, type Job } from '../parallel/job.ts';
import { addLinesAbove } from './lines-above.ts';
import { BlobReader } from './blobs.ts';
import { addedContent } from './context-lines.ts';
import { SizeReader } from './batch-check.ts';
import { gitStream } from './git.ts';
import { resolveScope, type Scope, type ScopeOptions } from './history-scope.ts';
import { dedupeHistory } from './provenance.ts';
import type { ProgressTotals, Skip, Source } from './types.ts';
import { MAX_SCAN_BYTES } from './types.ts';

export interface HistoryOptions extends ScopeOptions {
  /** Repository top. */
  cwd: string;
  /** Count the commits first (a quick walk, run alongside) so a progress bar has a total. */
  countCommits?: boolean;
}

/** Formats whose content is never text: when git calls one binary, it is not read again. */
const BINARY_EXT = new Set(
  `png jpg jpeg gif bmp ico icns webp tif tiff psd xcf heic avif woff woff2 ttf otf eot zip gz tgz bz2 xz
  zst 7z rar jar war ear aar apk ipa dmg iso so dll dylib exe o a lib obj class pyc pyo wasm mp3 mp4 m4a wav
  ogg oga flac aac avi mov mkv webm wmv flv pdf`.split(/\s+/),
);

export function binaryByName(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && BINARY_EXT.has(path.slice(dot + 1).toLowerCase());
}

export const LOG_ARGS = [
  'log', '-p', '-U0', '-M', '--cc', '--full-index', '--no-ext-diff', '--no-textconv', '--no-color',
  '--format=%x01%H%x00%an <%ae>%x00%aI',
];

/** One file's part of one commit's diff. */
interface Section {
  path: string;
  /** Parents the hunks are against: 1, or more for a merge (--cc). */
  parents: number;
  newFile: boolean;
  deleted: boolean;
  binary: boolean;
  mode?: string;
  blob?: string;
  lines: string[];
  numbers: number[];
  origin: Origin;
}

export class HistorySource implements Source {
  readonly skipped: Skip[] = [];
  readonly progress: ProgressTotals = { unit: 'commits', done: 0 };
  commits = 0;
  private readonly skippedSeen = new Set<string>();

  constructor(private readonly opts: HistoryOptions) {}

  get label(): string {
    return `in git history (${this.commits} commit${this.commits === 1 ? '' : 's'})`;
  }

  async *jobs(): AsyncIterable<Job> {
    const { cwd } = this.opts;
    const scope = resolveScope(cwd, this.opts);
    if (this.opts.countCommits) this.countCommits(scope);
    const args = [
      '-c', `core.bigFileThreshold=${MAX_SCAN_BYTES}`, '-c', 'diff.renameLimit=2000',
      ...LOG_ARGS, ...scope.revArgs, '--', ...scope.paths,
    ];
    const { child, done } = gitStream(args, { cwd });
    child.stdin.end();
    let failure: Error | undefined;
    done.catch((e: Error) => (failure = e));
    const blobs = new BlobReader(cwd);
    const sizes = new SizeReader(cwd);

    let origin: Origin = { kind: 'commit' };
    let section: Section | undefined;
    let inHunk = false;
    let next = 0;
    let rest = '';
    try {
      child.stdout.setEncoding('utf8');
      for await (const text of child.stdout as AsyncIterable<string>) {
        const lines = (rest + text).split('\n');
        rest = lines.pop() ?? '';
        const ready: Section[] = [];
        for (const line of lines) {
          const c = line.charCodeAt(0);
          if (section && inHunk) {
            // Hunk lines carry one prefix character per parent.
            if (c === 43 /* + */ || c === 45 /* - */ || c === 32 /* space */) {
              const p = section.parents;
              const prefix = p === 1 ? line[0] : line.slice(0, p);
              if (prefix.includes('-')) continue;
              if (!prefix.includes(' ')) {
                section.lines.push(line.slice(p));
                section.numbers.push(next);
              }
              next++;
              continue;
            }
            if (c === 92 /* \ No newline at end of file */) continue;
            if (c === 64 /* @ */) {
              next = hunkStart(line);
              continue;
            }
            inHunk = false;
          }
          if (c === 1) {
            if (section) ready.push(section);
            section = undefined;
            const [commit, author, date] = line.slice(1).split('\0');
            origin = { kind: 'commit', commit, author, date };
            this.commits++;
            this.progress.done = this.commits;
            continue;
          }
          if (line.startsWith('diff --')) {
            if (section) ready.push(section);
            section = startSection(line, origin);
            inHunk = false;
            continue;
          }
          if (!section) continue;
          if (c === 64 /* @@ */) {
            inHunk = true;
            next = hunkStart(line);
            section.parents = atRun(line) - 1;
          } else if (line.startsWith('+++ ')) {
            if (line === '+++ /dev/null') section.deleted = true;
            else section.path = stripPrefix(unquote(line.slice(4)));
          } else if (line.startsWith('new file mode ')) {
            section.newFile = true;
            section.mode = line.slice(14);
          } else if (line.startsWith('deleted file mode ')) {
            section.deleted = true;
          } else if (line.startsWith('new mode ')) {
            section.mode = line.slice(9);
          } else if (line.startsWith('index ')) {
            const dots = line.indexOf('..');
            const sp = line.indexOf(' ', dots);
            section.blob = line.slice(dots + 2, sp === -1 ? undefined : sp);
            if (sp !== -1 && !section.mode) section.mode = line.slice(sp + 1);
          } else if (line.startsWith('rename to ')) {
            section.path = unquote(line.slice(10));
          } else if (line.startsWith('Binary files ')) {
            section.binary = true;
          }
        }
        for (const s of ready) {
          const job = await this.toJob(s, blobs, sizes);
          if (job) yield job;
        }
      }
      if (section) {
        const job = await this.toJob(section, blobs, sizes);
        if (job) yield job;
      }
      await done.catch(() => undefined);
      if (failure) throw failure;
      this.progress.total = this.commits;
      this.progress.final = true;
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      blobs.close();
      sizes.close();
    }
  }

  private skip(path: string, reason: string): void {
    const key = `${path}\0${reason}`;
    if (this.skippedSeen.has(key)) return;
    this.skippedSeen.add(key);
    this.skipped.push({ path, reason });
  }

  private async toJob(s: Section, blobs: BlobReader, sizes: SizeReader): Promise<Job | undefined> {
    const { origin } = s;
    if (s.deleted) return undefined;
    if (s.mode === '160000' || s.mode === '120000') return undefined; // submodule, symlink
    if (s.binary) {
      // Git calls it binary by its own rules, which .gitattributes can bend (`-diff`), and by
      // size (core.bigFileThreshold). Known binary formats and big blobs stay unread; anything
      // else is read and sniffed, and scanned whole if it is text after all.
      if (binaryByName(s.path)) return this.skip(s.path, 'binary'), undefined;
      if (!s.blob) return undefined;
      const size = await sizes.size(s.blob);
      if (size === undefined) return undefined;
      if (size > MAX_SCAN_BYTES) return this.skip(s.path, `over ${MAX_SCAN_BYTES / 1048576} MB`), undefined;
      const bytes = await blobs.read(s.blob);
      return { kind: 'bytes', path: s.path, bytes: new Uint8Array(bytes), mode: s.mode, origin };
    }
    const blob = s.blob;
    return { kind: 'text', path: s.path, ...(await addedContent(s, blob ? () => blobs.read(blob) : undefined)), mode: s.mode, origin };
  }

  /** A quick walk of the same commits, alongside the scan, for the progress bar's total. */
  private countCommits(scope: Scope): void {
    const { child, done } = gitStream(['rev-list', '--count', ...scope.revArgs, '--', ...scope.paths], { cwd: this.opts.cwd });
    child.stdin.end();
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    done.then(() => {
      const n = Number(out.trim());
      if (Number.isInteger(n) && !this.progress.final) Object.assign(this.progress, { total: n, final: true });
    }, () => undefined);
  }

  async *targets(): AsyncIterable<Target> {
    for await (const job of this.jobs()) {
      const t = loadJob(job, this.skipped);
      if (t) yield t;
    }
  }

  /** One finding per secret: the commit that first added it, and whether HEAD still has it. */
  async finalize(findings: Finding[], engine: Engine): Promise<Finding[]> {
    const kept = await dedupeHistory(this.opts.cwd, findings, engine);
    // The line above a finding, where the commit's patch did not hold it (see lines-above.ts).
    // cat-file reads one name per line: a path holding a line break is left as it is.
    await addLinesAbove(kept, (f) => (f.origin.commit && !f.file.includes('\n') ? `${f.origin.commit}:${f.file}` : undefined), this.opts.cwd);
    return kept;
  }
}

function startSection(line: string, origin: Origin): Section {
  // "diff --git a/X b/Y" (or quoted) for one parent; "diff --cc X" for a merge. The path is
  // confirmed by "+++ b/..." or "rename to ..." when those follow.
  let path: string;
  if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
    path = unquote(line.slice(line.indexOf(' ', 7) + 1));
  } else {
    const rest = line.slice('diff --git '.length);
    if (rest.startsWith('"')) {
      const end = quotedEnd(rest);
      const second = rest.slice(end + 1).trimStart();
      path = stripPrefix(unquote(second));
    } else {
      // Unquoted "a/P b/P": when both names are the same the split is unambiguous.
      const half = (rest.length - 1) / 2;
      path = Number.isInteger(half) ? stripPrefix(rest.slice(half + 1)) : stripPrefix(rest.slice(rest.lastIndexOf(' b/') + 1));
    }
  }
  return { path, parents: 1, newFile: false, deleted: false, binary: false, lines: [], numbers: [], origin };
}

/** "@@" is one parent, "@@@" two, and so on. */
function atRun(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 64) n++;
  return n;
}

/** The new-side start line of a hunk header: "@@ -a,b +c,d @@" or "@@@ -a,b -c,d +e,f @@@". */
function hunkStart(line: string): number {
  const m = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(line);
  return m ? Number(m[1]) : 0;
}

function stripPrefix(p: string): string {
  return p.startsWith('b/') || p.startsWith('a/') ? p.slice(2) : p;
}

function quotedEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Git's C-style quoting of unusual paths ("a\tb", octal bytes for non-UTF-8). */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  const bytes: number[] = [];
  const end = quotedEnd(s);
  for (let i = 1; i < end; i++) {
    const ch = s[i];
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const e = s[++i];
    if (e >= '0' && e <= '7') {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

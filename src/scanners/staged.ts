// What will be committed: the added lines of the index against HEAD (or the empty tree on the
// first commit). Content always comes from git, never the work tree, so `git add -p` and the
// temporary index of `git commit -a` / `git commit <paths>` (GIT_INDEX_FILE) are honoured.

import type { Target } from '../engine/types.ts';
import { git, gitStream, gitText } from './git.ts';
import { decodeBytes } from './text.ts';
import type { Skip, Source } from './types.ts';
import { MAX_SCAN_BYTES } from './types.ts';
import { BlobReader } from './blobs.ts';
import { lfsPaths } from './lfs.ts';

interface RawEntry {
  oldMode: string;
  newMode: string;
  newSha: string;
  status: string;
  path: string;
}

export interface StagedOptions {
  cwd: string;
  /** Only these repo-relative paths (what pre-commit or lint-staged passed). */
  paths?: string[];
  /** Size limit, to decide which large files to check for Git LFS. */
  maxFileSize: number;
  /** HEAD's commit when the caller already asked git (null: unborn branch), saving a call. */
  head?: string | null;
}

const DIFF_ARGS = ['--cached', '-M', '--no-ext-diff', '--no-textconv', '--no-color', '--diff-filter=ACMRT', '--ignore-submodules=none'];

export function baseRevision(cwd: string, known?: string | null): string {
  const head = known === undefined ? git(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { cwd, okCodes: [1] }).toString().trim() : known;
  if (head) return head;
  // First commit: everything in the index is added. The empty tree's id depends on the hash.
  return gitText(['hash-object', '-t', 'tree', '--stdin'], { cwd, input: '' }).trim();
}

export class StagedSource implements Source {
  readonly skipped: Skip[] = [];
  readonly label = 'in staged changes';
  constructor(private readonly opts: StagedOptions) {}

  async *targets(): AsyncIterable<Target> {
    const { cwd } = this.opts;
    const base = baseRevision(cwd, this.opts.head);
    const pathArgs = this.opts.paths?.length ? ['--', ...this.opts.paths.map((p) => `:(literal)${p}`)] : [];
    // One diff for both the file list (--raw -z) and the added lines (-p -U0): git prints the
    // raw records, an empty record, then the patch.
    // The sizes come from `cat-file --batch-check`, started now so that git's start-up
    // overlaps the diff instead of following it.
    const sizer = startSizes(cwd);
    let out: Buffer;
    try {
      out = git(['diff', ...DIFF_ARGS, '--raw', '-z', '-p', '-U0', base, ...pathArgs], { cwd });
    } catch (e) {
      sizer.cancel();
      throw e;
    }
    const { entries, patchStart } = parseRaw(out);
    if (entries.length === 0) {
      sizer.cancel();
      return;
    }
    const sections = splitSections(out.subarray(patchStart));
    if (sections.length !== entries.length) {
      throw new Error(`git diff listed ${entries.length} files but printed ${sections.length} patches`);
    }

    const blobs = new BlobReader(cwd);
    try {
      const sizes = await sizer.ask(entries.map((e) => e.newSha));
      const big = entries.filter((e) => (sizes.get(e.newSha) ?? 0) > this.opts.maxFileSize).map((e) => e.path);
      const lfs = lfsPaths(cwd, big, true);
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const size = sizes.get(e.newSha) ?? 0;
        const target: Target = {
          path: e.path, size, mode: e.newMode, added: e.status === 'A', lfs: lfs.has(e.path), origin: { kind: 'staged' },
        };
        if (e.newMode === '160000' || e.newMode === '120000') {
          this.skipped.push({ path: e.path, reason: e.newMode === '160000' ? 'submodule' : 'symlink' });
          yield target;
          continue;
        }
        const hunks = parseSection(sections[i]);
        if (hunks.binary || size > MAX_SCAN_BYTES) {
          // git calls it binary by its own rules, which .gitattributes can bend (`-diff`): look at
          // the bytes ourselves, and scan the whole blob if it is text after all.
          if (size > MAX_SCAN_BYTES) {
            this.skipped.push({ path: e.path, reason: `over ${MAX_SCAN_BYTES / 1048576} MB` });
            yield target;
            continue;
          }
          const bytes = await blobs.read(e.newSha);
          const decoded = decodeBytes(bytes);
          if (decoded.binary) this.skipped.push({ path: e.path, reason: 'binary' });
          yield { ...target, content: decoded.content, binary: decoded.binary, head: decoded.head };
          continue;
        }
        yield { ...target, content: hunks.lines.join('\n'), lineMap: hunks.numbers };
      }
    } finally {
      blobs.close();
    }
  }
}

/** A `git cat-file --batch-check` started ahead of need; ask() sends the ids and reads sizes. */
function startSizes(cwd: string) {
  const { child, done } = gitStream(['cat-file', '--batch-check'], { cwd });
  let text = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (text += d));
  child.stdin.on('error', () => undefined);
  return {
    async ask(shas: string[]): Promise<Map<string, number>> {
      child.stdin.end(`${[...new Set(shas)].join('\n')}\n`);
      await done;
      const sizes = new Map<string, number>();
      for (const line of text.split('\n')) {
        const [sha, type, size] = line.split(' ');
        if (type && type !== 'missing') sizes.set(sha, Number(size));
      }
      return sizes;
    },
    cancel(): void {
      done.catch(() => undefined);
      child.kill();
    },
  };
}

function parseRaw(buf: Buffer): { entries: RawEntry[]; patchStart: number } {
  const entries: RawEntry[] = [];
  let p = 0;
  const next = (): string => {
    const nul = buf.indexOf(0, p);
    const end = nul === -1 ? buf.length : nul;
    const s = buf.toString('utf8', p, end);
    p = end + 1;
    return s;
  };
  while (p < buf.length && buf[p] === 0x3a /* : */) {
    const meta = next();
    const [oldMode, newMode, , newSha, status] = meta.slice(1).split(' ');
    let path = next();
    if (status.startsWith('R') || status.startsWith('C')) path = next();
    entries.push({ oldMode, newMode, newSha, status: status[0], path });
  }
  if (buf[p] === 0) p++; // the empty record between the raw part and the patch
  return { entries, patchStart: p };
}

function splitSections(patch: Buffer): string[] {
  const text = patch.toString('utf8');
  const sections: string[] = [];
  let start = text.startsWith('diff --git ') ? 0 : -1;
  for (let i = text.indexOf('\ndiff --git '); i !== -1; i = text.indexOf('\ndiff --git ', i + 1)) {
    if (start !== -1) sections.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start !== -1) sections.push(text.slice(start));
  return sections;
}

interface Hunks {
  lines: string[];
  numbers: number[];
  binary: boolean;
}

function parseSection(section: string): Hunks {
  const lines: string[] = [];
  const numbers: number[] = [];
  let binary = false;
  let next = 0;
  let inHunk = false;
  for (const line of section.split('\n')) {
    if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
      next = m ? Number(m[1]) : 0;
      inHunk = true;
    } else if (!inHunk) {
      if (line.startsWith('Binary files ') || line === 'GIT binary patch') binary = true;
    } else if (line.startsWith('+')) {
      lines.push(line.slice(1));
      numbers.push(next++);
    }
  }
  return { lines, numbers, binary };
}

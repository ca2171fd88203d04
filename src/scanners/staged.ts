// What will be committed: the added lines of the index against HEAD (or the empty tree on the
// first commit). Content always comes from git, never the work tree, so `git add -p` and the
// temporary index of `git commit -a` / `git commit <paths>` (GIT_INDEX_FILE) are honoured.

import type { Finding, Target } from '../engine/types.ts';
import { gitStream, noWorkTreeMessage, repoRoot } from './git.ts';
import { UsageError } from '../errors.ts';
import { decodeBytes } from './text.ts';
import type { Skip, Source } from './types.ts';
import { MAX_SCAN_BYTES } from './types.ts';
import { BlobReader } from './blobs.ts';
import { lfsPaths } from './lfs.ts';
import { addedContent } from './context-lines.ts';

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
  /** The size limit applies to every file, not only added ones (--enforce-all): size them all. */
  enforceAllSizes?: boolean;
  /** git, already started by launchStagedGit (with the same paths). */
  launched?: StagedLaunch;
}

const DIFF_ARGS = ['--cached', '--no-abbrev', '-M', '--no-ext-diff', '--no-textconv', '--no-color', '--diff-filter=ACMRT', '--ignore-submodules=none'];

/** The git processes of a staged scan, running. */
export interface StagedLaunch {
  diff: Promise<Buffer>;
  /** Stops it: for a scan that ends before it reads the diff. */
  cancel(): void;
}

/**
 * Starts the staged scan's one git process, so it runs while the caller loads and builds the
 * rest: the hook pays for every git process it waits on, and starting one costs milliseconds
 * of its own. `git diff --cached` gives both the file list (--raw -z) and the added lines
 * (-p -U0): git prints the raw records, an empty record, then the patch. With no commit named
 * it compares with HEAD, or with the empty tree before the first commit, and it works from any
 * directory of the work tree (diff.relative off keeps paths repository-relative), so it can
 * start before we know where the top is.
 */
export function launchStagedGit(cwd: string, paths?: string[]): StagedLaunch {
  // :(top) keeps the paths pre-commit and lint-staged pass relative to the top, from anywhere.
  const pathArgs = paths?.length ? ['--', ...paths.map((p) => `:(top,literal)${p}`)] : [];
  const { child, done } = gitStream(['-c', 'diff.relative=false', 'diff', ...DIFF_ARGS, '--raw', '-z', '-p', '-U0', ...pathArgs], { cwd });
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  const diff = done.then(() => Buffer.concat(chunks));
  diff.catch(() => undefined); // awaited in targets(); a failure is reported there
  return { diff, cancel: () => child.kill() };
}

export class StagedSource implements Source {
  readonly skipped: Skip[] = [];
  readonly label = 'in staged changes';
  private launched?: StagedLaunch;
  /** Blob of each file scanned by its added lines only (path -> sha), for finalize. */
  private readonly partial = new Map<string, string>();
  constructor(private readonly opts: StagedOptions) {}

  /** Starts git now (unless the caller already has), so it runs while the caller builds the engine. */
  start(): void {
    this.launched ??= this.opts.launched ?? launchStagedGit(this.opts.cwd, this.opts.paths);
  }

  async *targets(): AsyncIterable<Target> {
    this.start();
    let out: Buffer;
    try {
      out = await this.launched!.diff;
    } catch (e) {
      // Outside a repository git's own words are less helpful than ours.
      if (!repoRoot(this.opts.cwd)) throw new UsageError(noWorkTreeMessage(this.opts.cwd, '--staged'));
      throw e;
    }
    const cwd = this.opts.cwd;
    const { entries, patchStart } = parseRaw(out);
    if (entries.length === 0) return;
    // A type change (a link replaced by a file, or the reverse) is one --raw entry but two
    // patches: the old path deleted, the new one added. --diff-filter lists no other deletions,
    // so dropping deleted halves pairs the patches with the entries again.
    const sections = splitSections(out.subarray(patchStart)).filter((s) => !/^deleted file mode /m.test(s.slice(0, s.indexOf('\n@@ ') + 1 || s.length)));
    if (sections.length !== entries.length) {
      throw new Error(`git diff listed ${entries.length} files but printed ${sections.length} patches`);
    }
    const hunks = sections.map(parseSection);

    const blobs = new BlobReader(cwd);
    try {
      // A text file's patch holds its added lines; an added file's, all of it, so their bytes
      // bound its size (decoding only ever lengthens invalid UTF-8). git is asked for a size only
      // where the bound cannot decide: binaries, files that may be over a limit, --enforce-all.
      const limit = Math.min(this.opts.maxFileSize, MAX_SCAN_BYTES);
      const exact = entries.filter((e, i) => e.newMode !== '160000' && (this.opts.enforceAllSizes || hunks[i].binary || hunks[i].bytes > limit));
      const sizes = await blobs.sizes(exact.map((e) => e.newSha));
      const sizeOf = (i: number) => sizes.get(entries[i].newSha) ?? (entries[i].newMode === '160000' ? 0 : hunks[i].bytes);
      const big = entries.filter((e, i) => sizeOf(i) > this.opts.maxFileSize).map((e) => e.path);
      // check-attr reads paths relative to where it runs: from the top, like the diff's.
      const lfs = big.length ? lfsPaths(repoRoot(cwd) ?? cwd, big, true) : new Set<string>();
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const size = sizeOf(i);
        const target: Target = {
          path: e.path, size, mode: e.newMode, added: e.status === 'A', lfs: lfs.has(e.path), origin: { kind: 'staged' },
        };
        if (e.newMode === '160000' || e.newMode === '120000') {
          this.skipped.push({ path: e.path, reason: e.newMode === '160000' ? 'submodule' : 'symlink' });
          yield target;
          continue;
        }
        const h = hunks[i];
        if (h.binary || size > MAX_SCAN_BYTES) {
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
        this.partial.set(e.path, e.newSha);
        yield { ...target, ...(await addedContent(h, () => blobs.read(e.newSha))) };
      }
    } finally {
      blobs.close();
    }
  }

  /** The line above a finding, where the diff did not hold it (see lines-above.ts). */
  async finalize(findings: Finding[]): Promise<Finding[]> {
    // Loaded only when there is a finding: a clean commit (the hook's usual case) never needs it.
    if (!findings.some((f) => f.kind === 'secret')) return findings;
    const { addLinesAbove } = await import('./lines-above.ts');
    await addLinesAbove(findings, (f) => this.partial.get(f.file), this.opts.cwd);
    return findings;
  }
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
  /** UTF-8 bytes of the added lines with their line ends: an added file's size, or more. */
  bytes: number;
}

function parseSection(section: string): Hunks {
  const lines: string[] = [];
  const numbers: number[] = [];
  let binary = false;
  let bytes = 0;
  let next = 0;
  let inHunk = false;
  let lastAdded = false;
  for (const line of section.split('\n')) {
    if (inHunk && line.startsWith('\\')) {
      // "\ No newline at end of file", after the line it speaks of
      if (lastAdded) bytes--;
      continue;
    }
    lastAdded = false;
    if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
      next = m ? Number(m[1]) : 0;
      inHunk = true;
    } else if (!inHunk) {
      if (line.startsWith('Binary files ') || line === 'GIT binary patch') binary = true;
    } else if (line.startsWith('+')) {
      lines.push(line.slice(1));
      numbers.push(next++);
      bytes += Buffer.byteLength(line); // the '+' stands for the line's end
      lastAdded = true;
    } else if (line.startsWith(' ')) {
      // A context line (diff.interHunkContext in someone's config joins hunks with them even
      // under -U0): not added, but it is a line of the new file.
      next++;
    }
  }
  return { lines, numbers, binary, bytes };
}

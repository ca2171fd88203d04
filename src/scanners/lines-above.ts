// An `allow-next-line` directive speaks of the line below it. A scan of added lines (a staged
// diff, a commit's patch) holds that line but not always the directive: one already in the
// file, above a line a change touches, is not in the diff. For the findings that lack the line
// above, it is read from the file as git holds it, so the directive applies as it would in a
// full scan. Only findings are looked up: a clean scan costs nothing.

import type { Finding } from '../engine/types.ts';
import { BlobReader } from './blobs.ts';
import { fileLines } from './text.ts';

/**
 * Fills in prevLineText where a finding's line has a line above it that the scan did not hold.
 * `objectOf` names the file as git holds it (a blob id, or commit:path), or undefined to leave it.
 */
export async function addLinesAbove(findings: Finding[], objectOf: (f: Finding) => string | undefined, cwd: string): Promise<void> {
  const want = findings.filter((f) => f.kind === 'secret' && f.prevLineText === undefined && f.line !== null && f.line > 1);
  if (want.length === 0) return;
  const blobs = new BlobReader(cwd);
  try {
    const lines = new Map<string, string[]>();
    for (const f of want) {
      const object = objectOf(f);
      if (object === undefined) continue;
      let file = lines.get(object);
      if (!file) {
        file = fileLines(await blobs.read(object));
        lines.set(object, file);
      }
      const above = file[f.line! - 2];
      if (above !== undefined) f.prevLineText = above.replace(/\r$/, '');
    }
  } finally {
    blobs.close();
  }
}

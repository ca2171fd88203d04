// Keeps reads of tracked paths inside the work tree. git never checks a file out beneath a
// symlinked folder, but a work tree can still get there (a folder replaced by a link to /etc
// after checkout): the index lists `conf/passwd` while the work tree reaches outside. Each folder
// on the way is checked once with lstat, so the cost is per folder, not per file.

import { lstatSync } from 'node:fs';

export class TreeGuard {
  /** Folder (repo-relative, latin1 of its bytes) -> it is a real folder, or missing. */
  private readonly checked = new Map<string, boolean>();
  private readonly root: Buffer;

  constructor(root: string) {
    this.root = Buffer.from(root.endsWith('/') ? root : `${root}/`);
  }

  /** The first folder of rel (repo-relative, raw bytes) that is a link or not a folder; undefined when none is. */
  linkedFolder(rel: Buffer): string | undefined {
    for (let i = rel.indexOf(0x2f); i !== -1; i = rel.indexOf(0x2f, i + 1)) {
      const key = rel.toString('latin1', 0, i);
      let ok = this.checked.get(key);
      if (ok === undefined) {
        try {
          ok = lstatSync(Buffer.concat([this.root, rel.subarray(0, i)])).isDirectory();
        } catch {
          // Missing: reading the file reports it as missing from the work tree.
          ok = true;
        }
        this.checked.set(key, ok);
      }
      if (!ok) return rel.toString('utf8', 0, i);
    }
    return undefined;
  }
}

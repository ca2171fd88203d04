// Where a repository's own settings (its config and its baseline) are read from: the files in
// its work tree, or, in a bare repository (a mirror, scanned with --history), the files HEAD
// holds, so a mirror is scanned with the settings a clone of it would use.

import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { git } from '../scanners/git.ts';

export interface SettingsFiles {
  exists(file: string): boolean;
  /** The file's text; throws as readFileSync does (code ENOENT when it is not there). */
  read(file: string): string;
  /** How messages name a file, when not by its path: `HEAD:.scan-secrets.yaml`. */
  name?(file: string): string;
}

export const diskFiles: SettingsFiles = {
  exists: existsSync,
  read: (file) => readFileSync(file, 'utf8'),
};

/** The files HEAD holds in the bare repository at `gitDir`; paths are given under gitDir. */
export function headFiles(gitDir: string): SettingsFiles {
  const spec = (file: string) => {
    const rel = relative(gitDir, file).split(sep).join('/');
    return rel && !rel.startsWith('..') ? `HEAD:${rel}` : undefined;
  };
  // cat-file -t says blob for a file HEAD holds, and exits 128 for a name it does not. Asked
  // once per name: discovery asks whether a file is there, then loading reads it.
  const known = new Map<string, boolean>();
  const has = (object: string | undefined): boolean => {
    if (object === undefined) return false;
    let blob = known.get(object);
    if (blob === undefined) known.set(object, (blob = git(['cat-file', '-t', object], { cwd: gitDir, okCodes: [128] }).toString('utf8').trim() === 'blob'));
    return blob;
  };
  return {
    exists: (file) => has(spec(file)),
    read: (file) => {
      const object = spec(file);
      if (!has(object)) throw Object.assign(new Error(`${object ?? file}: no such file in HEAD`), { code: 'ENOENT' });
      return git(['cat-file', 'blob', object!], { cwd: gitDir }).toString('utf8');
    },
    name: (file) => spec(file) ?? file,
  };
}

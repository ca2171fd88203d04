// Files tracked by Git LFS are exempt from the size limit: asking `git check-attr` only for
// the few files over the limit keeps this off the common path.
import { git, splitRecords } from './git.ts';
import { pathKey } from './fs-path.ts';

/** The names among `paths` that Git LFS tracks. */
export function lfsPaths(cwd: string, paths: string[], cached: boolean): Set<string> {
  return lfsNames(cwd, paths.map((p) => Buffer.from(p)), cached);
}

/**
 * The same for names as git gives them, bytes that need not be UTF-8: the answer holds their
 * pathKey, so two names that decode alike stay apart.
 */
export function lfsNames(cwd: string, names: Buffer[], cached: boolean): Set<string> {
  const out = new Set<string>();
  if (names.length === 0) return out;
  const args = ['check-attr', '-z', '--stdin', ...(cached ? ['--cached'] : []), 'filter'];
  const input = Buffer.concat(names.flatMap((n) => [n, Buffer.from([0])]));
  const parts = splitRecords(git(args, { cwd, input }));
  for (let i = 0; i + 2 < parts.length; i += 3) if (parts[i + 2].toString('latin1') === 'lfs') out.add(pathKey(parts[i]));
  return out;
}

// Files tracked by Git LFS are exempt from the size limit: asking `git check-attr` only for
// the few files over the limit keeps this off the common path.
import { gitText } from './git.ts';

export function lfsPaths(cwd: string, paths: string[], cached: boolean): Set<string> {
  const out = new Set<string>();
  if (paths.length === 0) return out;
  const args = ['check-attr', '-z', '--stdin', ...(cached ? ['--cached'] : []), 'filter'];
  const parts = gitText(args, { cwd, input: paths.join('\0') + '\0' }).split('\0');
  for (let i = 0; i + 2 < parts.length; i += 3) if (parts[i + 2] === 'lfs') out.add(parts[i]);
  return out;
}

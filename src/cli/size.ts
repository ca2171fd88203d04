import { UsageError } from '../errors.ts';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1048576, mb: 1048576, mib: 1048576, g: 1073741824, gb: 1073741824, gib: 1073741824 };

/** "500KB", "2 MB", "1048576" -> bytes (binary units, as git and most tools mean them). */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`--max-file-size: cannot read "${s}"; use a size like 500KB or 2MB`);
  return Math.round(Number(m[1]) * unit);
}

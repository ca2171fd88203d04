import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.ts';

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** Line-independent identity: rule + file + hash of the secret. Moving a line keeps it. */
export function fingerprint(f: Finding): string {
  const what = f.kind === 'file' ? 'file' : sha256(f.secret).slice(0, 32);
  return `${f.ruleId}:${f.file}:${what}`;
}

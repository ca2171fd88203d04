// The baseline file: findings a team has reviewed and accepted. An entry is identified by its
// rule and the SHA-256 of its secret, never by a line number or a date, so editing the file
// around it or moving the file keeps it; a different secret is a different entry. The path is
// kept to prefer the right entry and to say where it was. One entry per line, sorted, so two
// branches that each add entries merge without conflicts.

import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError, ScanError } from '../errors.ts';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Rule id; `*` for an imported entry whose rule has no equivalent here. */
  rule: string;
  /** Repository-relative path where the finding was, `/`-separated. */
  path: string;
  /** SHA-256 (hex) of the secret. Absent for file findings and for entries imported by path. */
  sha256?: string;
  /** SHA-1 (hex) of the secret: detect-secrets' `hashed_secret`, kept until `--update` replaces it. */
  sha1?: string;
  reason?: string;
  by?: string;
  date?: string;
  /** Where an imported entry came from (detect-secrets, gitleaksignore). */
  source?: string;
}

const KEYS: (keyof BaselineEntry)[] = ['rule', 'path', 'sha256', 'sha1', 'reason', 'by', 'date', 'source'];
const HEX = { sha256: /^[0-9a-f]{64}$/, sha1: /^[0-9a-f]{40}$/ };

function compare(a: BaselineEntry, b: BaselineEntry): number {
  const ka = `${a.path}\0${a.rule}\0${a.sha256 ?? ''}\0${a.sha1 ?? ''}`;
  const kb = `${b.path}\0${b.rule}\0${b.sha256 ?? ''}\0${b.sha1 ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Same identity: rule and hash (or rule and path for entries without a hash). */
export function entryKey(e: BaselineEntry): string {
  if (e.sha256) return `${e.rule}\0sha256:${e.sha256}`;
  if (e.sha1) return `${e.rule}\0sha1:${e.sha1}\0${e.path}`;
  return `${e.rule}\0path:${e.path}`;
}

export function serializeBaseline(entries: BaselineEntry[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of [...entries].sort(compare)) {
    const k = `${entryKey(e)}\0${e.path}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const clean: Record<string, string> = {};
    for (const key of KEYS) if (e[key] !== undefined && e[key] !== '') clean[key] = e[key]!;
    lines.push(`    ${JSON.stringify(clean)}`);
  }
  return [
    '{',
    `  "version": ${BASELINE_VERSION},`,
    '  "about": "scan-secrets baseline: reviewed findings that scans ignore. Hashes only, never secrets. Refresh with: scan-secrets baseline --update",',
    `  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]`,
    '}',
    '',
  ].join('\n');
}

export function writeBaseline(file: string, entries: BaselineEntry[]): void {
  // Write then rename: a crash never leaves half a baseline behind.
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, serializeBaseline(entries));
    renameSync(tmp, file);
  } catch (e) {
    throw new ScanError(`cannot write ${file}: ${(e as Error).message.replace(/^[A-Z]+: /, '')}`);
  }
}

export function readBaseline(file: string, display = file, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): BaselineEntry[] {
  let text: string;
  try {
    text = read(file);
  } catch (e) {
    throw new UsageError(`cannot read baseline ${display}: ${(e as Error).message.replace(/^[A-Z]+: /, '')}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new UsageError(`${display}${line ? `:${line}` : ''}: the baseline is not valid JSON (a merge conflict?); fix it, or recreate it with: scan-secrets baseline --update`);
  }
  const entries = (doc as { entries?: unknown })?.entries;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(entries)) {
    throw new UsageError(`${display}: not a scan-secrets baseline (expected {"version": 1, "entries": [...]}); create one with: scan-secrets baseline`);
  }
  const lineOf = (i: number) => {
    // Entries are one per line after the "entries" line, in a file we wrote.
    const start = text.split('\n').findIndex((l) => l.includes('"entries"'));
    return start === -1 ? undefined : start + 2 + i;
  };
  return entries.map((raw, i) => {
    const where = `${display}${lineOf(i) ? `:${lineOf(i)}` : ''}: entries[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${where}: expected an object`);
    const e = raw as Record<string, unknown>;
    for (const k of Object.keys(e)) if (!KEYS.includes(k as keyof BaselineEntry)) throw new UsageError(`${where}.${k}: unknown key; expected ${KEYS.join(', ')}`);
    for (const k of KEYS) if (e[k] !== undefined && typeof e[k] !== 'string') throw new UsageError(`${where}.${k}: expected a string`);
    if (!e.rule) throw new UsageError(`${where}.rule: expected a rule id`);
    if (!e.path) throw new UsageError(`${where}.path: expected a file path`);
    if (e.sha256 !== undefined && !HEX.sha256.test(e.sha256 as string)) throw new UsageError(`${where}.sha256: expected 64 lower-case hex digits`);
    if (e.sha1 !== undefined && !HEX.sha1.test(e.sha1 as string)) throw new UsageError(`${where}.sha1: expected 40 lower-case hex digits`);
    return e as unknown as BaselineEntry;
  });
}

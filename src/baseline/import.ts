// Importing what other tools' users already accepted: a gitleaks `.gitleaksignore` and a
// detect-secrets `.secrets.baseline`. Both key on line numbers, which is why they churn; the
// import uses those line numbers once, against a scan of the current files, to pin each entry
// to the secret it meant (rule + SHA-256). What cannot be pinned is kept as the other tool
// recorded it and says so:
// - detect-secrets stores SHA-1 of the secret (`hashed_secret`): an entry that no current
//   finding matches keeps that SHA-1 as its identity (any rule, same file).
// - a gitleaks fingerprint `[commit:]file:rule:line` with no current finding on that line (a
//   secret only in history, or a rule of gitleaks' that has no twin here) becomes a path entry:
//   it accepts that rule's findings anywhere in that file, which is looser than a hash. The
//   commit part is dropped: baselines are about the current files.

import { readFileSync } from 'node:fs';
import { ScanError, UsageError } from '../errors.ts';
import type { Finding } from '../engine/types.ts';
import type { BaselineEntry } from './file.ts';
import { secretHashes } from './match.ts';

export interface ImportResult {
  source: 'gitleaksignore' | 'detect-secrets';
  entries: BaselineEntry[];
  byHash: number;
  byLine: number;
  kept: number;
}

/** A finding as the import sees it: repo-relative path, line, hashes. */
export interface ScannedFinding {
  finding: Finding;
  path: string;
}

function toEntry(s: ScannedFinding, source: string): BaselineEntry {
  const f = s.finding;
  return f.kind === 'secret'
    ? { rule: f.ruleId, path: s.path, sha256: secretHashes(f.secret).sha256, source }
    : { rule: f.ruleId, path: s.path, source };
}

export function importFile(file: string, display: string, scanned: ScannedFinding[]): ImportResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScanError(`cannot read ${display}: ${(e as Error).message.replace(/^[A-Z]+: /, '')}`);
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return importDetectSecrets(text, display, scanned);
  return importGitleaksIgnore(text, display, scanned);
}

function importDetectSecrets(text: string, display: string, scanned: ScannedFinding[]): ImportResult {
  let doc: { results?: Record<string, unknown> };
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UsageError(`${display}: not valid JSON; expected a detect-secrets baseline (.secrets.baseline) or a .gitleaksignore`);
  }
  if (!doc || typeof doc.results !== 'object' || doc.results === null) {
    throw new UsageError(`${display}: no "results" object; expected a detect-secrets baseline (.secrets.baseline)`);
  }
  const out: ImportResult = { source: 'detect-secrets', entries: [], byHash: 0, byLine: 0, kept: 0 };
  for (const [path, list] of Object.entries(doc.results)) {
    if (!Array.isArray(list)) throw new UsageError(`${display}: results["${path}"]: expected a list`);
    const here = scanned.filter((s) => s.path === path && s.finding.kind === 'secret');
    list.forEach((item, i) => {
      const r = item as { hashed_secret?: unknown; line_number?: unknown; type?: unknown };
      if (typeof r.hashed_secret !== 'string' || !/^[0-9a-f]{40}$/.test(r.hashed_secret)) {
        throw new UsageError(`${display}: results["${path}"][${i}].hashed_secret: expected a SHA-1 (40 hex digits)`);
      }
      const type = typeof r.type === 'string' ? r.type : 'secret';
      const source = `detect-secrets: ${type}`;
      const sameHash = here.filter((s) => secretHashes(s.finding.secret).sha1 === r.hashed_secret);
      if (sameHash.length) {
        out.byHash++;
        for (const s of sameHash) out.entries.push(toEntry(s, source));
        return;
      }
      // detect-secrets may cut a secret differently (quotes, a prefix); the line it recorded
      // says which of our findings it meant, today.
      const onLine = here.filter((s) => s.finding.line === r.line_number);
      if (onLine.length) {
        out.byLine++;
        for (const s of onLine) out.entries.push(toEntry(s, source));
        return;
      }
      out.kept++;
      out.entries.push({ rule: '*', path, sha1: r.hashed_secret, source });
    });
  }
  return out;
}

/** `commit:file:rule:line` or `file:rule:line`; file may itself hold colons. */
export function parseFingerprint(line: string): { file: string; rule: string; line: number; commit?: string } | undefined {
  const parts = line.split(':');
  if (parts.length < 3) return undefined;
  const num = Number(parts[parts.length - 1]);
  if (!Number.isInteger(num) || num < 0) return undefined;
  const rule = parts[parts.length - 2];
  let head = parts.slice(0, -2);
  let commit: string | undefined;
  if (head.length > 1 && /^[0-9a-f]{7,64}$/i.test(head[0])) {
    commit = head[0];
    head = head.slice(1);
  }
  const file = head.join(':');
  if (!file || !rule) return undefined;
  return { file, rule, line: num, commit };
}

function importGitleaksIgnore(text: string, display: string, scanned: ScannedFinding[]): ImportResult {
  const out: ImportResult = { source: 'gitleaksignore', entries: [], byHash: 0, byLine: 0, kept: 0 };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fp = parseFingerprint(line);
    if (!fp) throw new UsageError(`${display}:${i + 1}: expected a gitleaks fingerprint such as file:rule-id:line or commit:file:rule-id:line`);
    const source = 'gitleaksignore';
    const onLine = scanned.filter((s) => s.path === fp.file && s.finding.line === fp.line);
    // Prefer the finding of the same rule id (gitleaks and scan-secrets share many ids).
    const same = onLine.filter((s) => s.finding.ruleId === fp.rule);
    const chosen = same.length ? same : onLine;
    if (chosen.length) {
      out.byLine++;
      for (const s of chosen) out.entries.push(toEntry(s, source));
      return;
    }
    out.kept++;
    out.entries.push({ rule: fp.rule, path: fp.file, source });
  });
  return out;
}

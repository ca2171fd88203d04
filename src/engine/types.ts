// The contracts between the three stages: scanners produce Targets, the engine
// turns Targets into Findings with Rules, reporters turn Findings into bytes.

import type { RuleStats } from './stats.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** high = validated offline (checksum, decodable structure); medium = pattern plus context; low = pattern alone. */
export type Confidence = 'high' | 'medium' | 'low';

export interface Origin {
  kind: 'staged' | 'tracked' | 'file' | 'stdin' | 'commit';
  /** For history scans: the commit that first introduced the content (see docs/history.md). */
  commit?: string;
  author?: string;
  date?: string;
}

/** One unit of text to scan, as a scanner hands it to the engine. */
export interface Target {
  /** Display path: repo- or cwd-relative, `/` separators. */
  path: string;
  /** Text to scan; undefined when content is not scanned (binary, symlink, submodule, over a limit). */
  content?: string;
  /**
   * Instead of content, for a large file: its text as UTF-8 bytes (no byte-order mark, not
   * binary), which the engine decodes a piece at a time (pieces.ts). A reader may reuse the
   * buffer for the next file, so a target with bytes is scanned before the next is read.
   */
  utf8?: Buffer;
  /**
   * When content holds only some lines of the file (the added lines of a diff),
   * lineMap[i] is the 1-based file line of content line i. Absent: content is the whole file.
   */
  lineMap?: number[];
  /**
   * File lines (1-based, as in lineMap) that content holds only as context for the lines a
   * change added: rules read them, and a finding whose secret lies on them alone is dropped. A
   * scan of added lines (staged, history) adds the name line above a changed `value:` line, and
   * the armour around a changed private key's body (scanners/context-lines.ts).
   */
  contextLines?: number[];
  /** Size in bytes of the whole file or blob. */
  size: number;
  /** Git mode (100644, 100755, 120000 symlink, 160000 submodule) when known. */
  mode?: string;
  /** True when the file is new in this change (staged scans); file rules use it. */
  added?: boolean;
  /** True when content sniffing says binary; content rules skip it, file rules still apply. */
  binary?: boolean;
  /** The first bytes of a binary or unscanned file, for file rules that look inside (key stores, PEM). */
  head?: string;
  /** Exempt from the size limit (tracked by Git LFS). */
  lfs?: boolean;
  origin: Origin;
}

/** What a scan counts as scanned: characters of text, or bytes of a text left as bytes (utf8). */
export function scannedSize(target: Target): number {
  return target.content?.length ?? target.utf8?.length ?? 0;
}

export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** 'secret': a credential in content. 'file': the file itself is the problem (blocked name, size). */
  kind: 'secret' | 'file';
  file: string;
  /** 1-based; null for file-level findings. */
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** The raw secret. Reporters redact it; nothing may persist it in clear. Empty for file findings. */
  secret: string;
  /** Why a file finding fired (e.g. "2.1 MB, limit 500 KB"). Never contains a secret. */
  message?: string;
  /** What the person should do, from the rule. */
  remediation?: string;
  /** The full text of the line holding the secret (for inline directives); never reported. */
  lineText?: string;
  /**
   * The line before it (for `allow-next-line` directives). The engine gives it when the scanned
   * text holds that line; for scans of added lines, the source reads the rest from git
   * (scanners/lines-above.ts). Never reported.
   */
  prevLineText?: string;
  /** The whole pattern match when the secret is only part of it (allowlists on the match). Never reported. */
  match?: string;
  origin: Origin;
  /** History scans only: whether the secret is still in the tree at HEAD. */
  stillPresent?: boolean;
}

export interface ExampleHit {
  /** Text holding a secret. */
  text: string;
  /** The secret the rule must extract from it, exactly. */
  secret: string;
}

/** Where a match was found: generic rules judge a value by the kind of file that holds it. */
export interface MatchContext {
  /** The target's display path. */
  path: string;
}

/** A rule that looks for a credential in text. */
export interface ContentRule {
  kind?: 'content';
  /** kebab-case, stable forever: baselines and allow directives refer to it. */
  id: string;
  title: string;
  severity: Severity;
  /**
   * Lower-case literals; at least one must occur in the text (case-insensitively) for the
   * rule to run, and the regex runs only on the lines holding them. Empty: always runs.
   */
  keywords: string[];
  /**
   * Keywords that trigger the rule only in some files: a keyword too common to run the regex on
   * everywhere (`=` is on most lines of code) that still marks a candidate in files that hold
   * secrets by nature (.env).
   */
  fileKeywords?: { keywords: string[]; files: (path: string) => boolean };
  /** The secret is the named group `secret`, or the whole match. Flags g and d are added. Unused when `matcher` is set. */
  pattern: RegExp;
  /**
   * Replaces `pattern` for patterns that are not ours (config, imported rules): a linear-time
   * matcher, run under the engine's per-file time budget. Built-in rules use `pattern`.
   */
  matcher?: RuleMatcher;
  /** Limits the rule to some files (a custom rule's path filter). */
  appliesTo?: (path: string) => boolean;
  /** The pattern may span lines: run it from the first keyword line to the end of the text. */
  multiline?: boolean;
  /**
   * For a multiline pattern, how far around its start a match and its look-arounds can read, in
   * characters: `before` the start (look-behinds), and from the start on (`after`: the longest
   * match with its look-aheads); 'line': a match, and all it reads, lies on the line where it
   * starts (`^` and `$` with the m flag). A large file scanned in pieces (pieces.ts) runs the
   * pattern on each piece with that much of its neighbours; without it, the rest of the file from
   * the rule's first keyword is decoded as one string.
   */
  reach?: { before: number; after: number } | 'line';
  /**
   * Offline proof. true: validated (confidence high). false: not a real credential (dropped).
   * undefined: no verdict (confidence stays `confidence`). A Confidence: that confidence (e.g. a
   * failed checksum demoting a match to 'low' rather than dropping it).
   */
  validate?: (secret: string, groups: Record<string, string | undefined>, context: MatchContext) => boolean | Confidence | undefined;
  /** Confidence of a match that validate did not prove. Default: medium. */
  confidence?: Confidence;
  /** Minimum Shannon entropy (bits per char) of the secret. */
  minEntropy?: number;
  /** Generic rules lose to specific ones reporting the same secret. */
  generic?: boolean;
  /** Skip the shared placeholder filter (for rules whose secrets are structured, like private keys). */
  skipPlaceholderFilter?: boolean;
  remediation?: string;
  examples: { positive: (string | ExampleHit)[]; negative: string[] };
}

/** One match of a RuleMatcher; offsets are into the text it was given. */
export interface MatcherHit {
  start: number;
  end: number;
  secretStart: number;
  secretEnd: number;
  groups: Record<string, string | undefined>;
}

/** A pattern engine for untrusted regexes: must run in time linear in the text. */
export interface RuleMatcher {
  /** Every non-empty match in `text`, left to right. */
  find(text: string): Iterable<MatcherHit>;
}

/** Facts about a file that file rules decide on. */
export interface FileFacts {
  path: string;
  size: number;
  added?: boolean;
  binary?: boolean;
  lfs?: boolean;
  mode?: string;
  /** Start of the content (text or latin1 for binaries), when available. */
  head?: string;
}

export type FileExample = Omit<FileFacts, 'size'> & { size?: number };

/** A rule that decides on a file's name, path, size or kind. */
export interface FileRule {
  kind: 'file';
  id: string;
  title: string;
  severity: Severity;
  /** Returns a reason when the file is a problem. */
  check: (file: FileFacts, options: EngineOptions) => string | undefined;
  remediation?: string;
  examples: { positive: FileExample[]; negative: FileExample[] };
}

export type Rule = ContentRule | FileRule;

export interface EngineOptions {
  /** Bytes; files larger fail the file-too-large rule. */
  maxFileSize: number;
  /** Apply the size limit to every file, not only added ones (staged scans). */
  enforceAllSizes?: boolean;
  /**
   * Milliseconds per file for all rules with a `matcher` together; past it they stop for that
   * file and the engine records it in `overBudget`. Default 2000.
   */
  matcherBudgetMs?: number;
  /** Per-rule costs (--debug), kept only when set: see stats.ts. */
  stats?: RuleStats;
  /** Bytes per piece of a file given as bytes (Target.utf8; default PIECE_BYTES): tests cut small. */
  pieceBytes?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 500 * 1024;

// The engine is pure: Targets and rules in, Findings out. No I/O, no git, no console.

import { Prefilter, type KeywordHits } from './prefilter.ts';
import { isPlaceholder } from './filters.ts';
import { shannonEntropy } from './entropy.ts';
import { decodeSegments, MAX_SEGMENTS, type SegmentKind } from './decode.ts';
import type {
  Confidence, ContentRule, EngineOptions, Finding, FileRule, Rule, Target,
} from './types.ts';
import { DEFAULT_MAX_FILE_SIZE } from './types.ts';
import { endRuleRun, startRuleRun } from './stats.ts';
import { endOfNextLines, endsParentKey, NESTED_LINES, valueOnNextLine } from './reach.ts';
import { countLines, lineBefore, PIECE_BYTES, pieceEnd } from './pieces.ts';
import { nowMs } from '../clock.ts';

interface CompiledRule {
  rule: ContentRule;
  /** Built the first time the rule is triggered: most rules never are in a small scan. */
  regex?: RegExp;
  /** last line start queued for this rule in the current target, to queue each line once */
  lastLine: number;
  ranges: number[];
  /** queued for the current target */
  queued: boolean;
}

/** A rule that a keyword triggers only in the files its gate admits (ContentRule.fileKeywords). */
interface GatedRule {
  rule: number;
  gate: number;
}

interface RawHit {
  c: CompiledRule;
  start: number;
  end: number;
  secret: string;
  confidence: Confidence;
  /** the whole match, when the secret is a group of it */
  match?: string;
  /** the rule's place in the order rules were first triggered: ties between hits go by it */
  rank: number;
}

/** A file scanned in pieces (Engine.scanPieces): what one piece's raw pass needs from the others. */
interface PieceRun {
  /** Each rule's rank (RawHit.rank) in the whole file. */
  ranks: Map<CompiledRule, number>;
  /** Multiline rules triggered in an earlier piece, or this one, and the offset (in the file's text) of the line where they were. */
  spanning: Map<CompiledRule, number>;
  /** The offset in the file's text where this piece starts. */
  offset: number;
  /** The piece before this one ('' for the first). */
  prev: string;
  /** The piece after this one, decoded when first asked for, made longer if need be to hold `chars` characters (or end the file). */
  next: (chars: number) => { text: string; last: boolean };
  /** This piece ends the file (it may be the rest of the file, taken whole). */
  last: boolean;
}

/** What a decoding pass tells a scan in pieces: its segment count, and each added finding's kind of outermost segment. */
interface DecodeTally {
  segments: number;
  kinds: SegmentKind[];
}

/** decodeSegments yields a text's segments kind by kind, in this order. */
const KIND_ORDER: Record<SegmentKind, number> = { 'json-escape': 0, percent: 1, base64: 2 };

const DEFAULT_MATCHER_BUDGET_MS = 2000;

/** The line before line l0 (0-based), when the text holds it: in a diff, only if it was added too. */
function previousLine(lines: LineIndex, l0: number, map: number[] | undefined): string | undefined {
  return l0 > 0 && (!map || map[l0 - 1] === map[l0] - 1) ? lines.lineText(l0 - 1) : undefined;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

export class Engine {
  readonly options: EngineOptions;
  readonly contentRules: ContentRule[];
  readonly fileRules: FileRule[];
  private readonly compiled: CompiledRule[];
  /** Every keyword but those that only gated rules use: the prefilter for most files. */
  private readonly prefilter: Prefilter;
  /** prefilter's keyword ids -> keyword ids */
  private readonly prefilterIds: Int32Array;
  /** Every keyword, for files some gate admits; built the first time one turns up. */
  private gatedPrefilter?: Prefilter;
  private readonly keywords: string[];
  /** keyword id -> indexes into compiled */
  private readonly keywordRules: number[][];
  /** keyword id -> rules it triggers only in some files (most keywords have none) */
  private readonly gatedRules: (GatedRule[] | undefined)[];
  private readonly gates: ((path: string) => boolean)[];
  /** rules with no keywords run on every text */
  private readonly alwaysRun: number[];
  /** Files where rules with a matcher ran out of time (the caller reports them). */
  readonly overBudget: { path: string; ruleIds: string[] }[] = [];
  /** The current file's clock for rules with a matcher, and those that ran out of time in it. */
  private matcherClock: number | undefined;
  private outOfTime: Set<string> | undefined;
  /** Pattern matches so far, before filters (for --debug's statistics). */
  private matchCount = 0;
  /** addHit's: the end of the rejected match whose value the search is going through again; -1 between searches. */
  private valueEnd = -1;
  /**
   * Large files given as bytes (scanUtf8): pieces scanned, files whose rest was taken as one
   * piece (a multiline rule), files scanned whole after all.
   */
  readonly pieceCounts = { pieces: 0, rest: 0, whole: 0 };

  constructor(rules: Rule[], options: Partial<EngineOptions> = {}) {
    this.options = { maxFileSize: DEFAULT_MAX_FILE_SIZE, ...options };
    this.contentRules = rules.filter((r): r is ContentRule => r.kind !== 'file');
    this.fileRules = rules.filter((r): r is FileRule => r.kind === 'file');
    this.compiled = this.contentRules.map((rule) => ({ rule, lastLine: -1, ranges: [], queued: false }));
    const keywordIndex = new Map<string, number>();
    this.keywordRules = [];
    this.gatedRules = [];
    this.gates = [];
    this.alwaysRun = [];
    const idOf = (kw: string): number => {
      let id = keywordIndex.get(kw);
      if (id === undefined) {
        id = keywordIndex.size;
        keywordIndex.set(kw, id);
        this.keywordRules.push([]);
        this.gatedRules.push(undefined);
      }
      return id;
    };
    this.compiled.forEach((c, i) => {
      const own = new Set(c.rule.keywords.map((k) => k.toLowerCase()));
      if (own.size === 0) this.alwaysRun.push(i);
      for (const kw of own) this.keywordRules[idOf(kw)].push(i);
      const fk = c.rule.fileKeywords;
      if (!fk || own.size === 0) return;
      const gate = this.gates.push(fk.files) - 1;
      for (const kw of new Set(fk.keywords.map((k) => k.toLowerCase()))) {
        if (own.has(kw)) continue;
        (this.gatedRules[idOf(kw)] ??= []).push({ rule: i, gate });
      }
    });
    this.keywords = [...keywordIndex.keys()];
    const ungated = this.keywords.flatMap((_, id) => (this.keywordRules[id].length > 0 ? [id] : []));
    this.prefilter = new Prefilter(ungated.map((id) => this.keywords[id]));
    this.prefilterIds = Int32Array.from(ungated);
  }

  /** All findings for one target: file rules first, then content rules. */
  scan(target: Target): Finding[] {
    const findings = this.scanFile(target);
    if (target.binary) return findings;
    // concat, not push(...): a file can hold more findings than a call can take arguments.
    if (target.utf8 !== undefined) return findings.concat(this.scanUtf8(target, target.utf8));
    if (target.content !== undefined) return findings.concat(this.scanContent(target));
    return findings;
  }

  scanFile(target: Target): Finding[] {
    const out: Finding[] = [];
    for (const rule of this.fileRules) {
      const reason = rule.check(
        {
          path: target.path, size: target.size, added: target.added, binary: target.binary,
          lfs: target.lfs, mode: target.mode, head: target.head ?? target.content?.slice(0, 4096),
        },
        this.options,
      );
      if (reason === undefined) continue;
      out.push({
        ruleId: rule.id, title: rule.title, severity: rule.severity, confidence: 'high', kind: 'file',
        file: target.path, line: null, column: null, endLine: null, endColumn: null,
        secret: '', message: reason, remediation: rule.remediation, origin: target.origin,
      });
    }
    return out;
  }

  /** Content findings: the text as written, then the text decoded from escapes and encodings. */
  scanContent(target: Target): Finding[] {
    // One time budget per file for rules with a matcher, across the raw and decoded passes.
    this.matcherClock = undefined;
    this.outOfTime = undefined;
    const found = this.scanDecoded(target, this.scanRawContent(target));
    if (this.outOfTime) this.overBudget.push({ path: target.path, ruleIds: [...this.outOfTime] });
    const context = target.contextLines;
    return context?.length ? found.filter((f) => !onContextOnly(f, context)) : found;
  }

  /**
   * Content findings for text given as UTF-8 bytes (Target.utf8). A file larger than a piece is
   * decoded and scanned a piece at a time (pieces.ts), with the findings, and the order of them,
   * that a scan of its whole text gives. (One exception: custom rules with a matcher spend their
   * per-file time budget piece by piece, not rule by rule, so in a file where the budget runs
   * out, what each of them had searched by then can differ.)
   */
  scanUtf8(target: Target, bytes: Buffer): Finding[] {
    const size = this.options.pieceBytes ?? PIECE_BYTES;
    const whole = () => this.scanContent({ ...target, utf8: undefined, content: bytes.toString('utf8') });
    // A rule with no keyword reads the whole text; a diff's lines are never this long.
    if (bytes.length <= size || this.alwaysRun.length > 0 || target.lineMap || target.contextLines) return whole();
    const found = this.scanPieces(target, bytes, size);
    if (found) return found;
    this.pieceCounts.whole++;
    return whole();
  }

  /** scanUtf8 in pieces; undefined when the file must be scanned whole after all (too many encoded segments). */
  private scanPieces(target: Target, bytes: Buffer, size: number): Finding[] | undefined {
    this.matcherClock = undefined;
    this.outOfTime = undefined;
    const decodeAt = (at: number, least = 0) => {
      const end = pieceEnd(bytes, at, size, least);
      return { to: end, text: bytes.toString('utf8', at, end), last: end === bytes.length };
    };
    // The next piece, when a multiline rule has asked for it (PieceRun.next).
    let ahead: ReturnType<typeof decodeAt> | undefined;
    let to = 0;
    const next = (chars: number) => {
      ahead ??= decodeAt(to);
      // A UTF-16 code unit takes at most three bytes.
      if (ahead.text.length < chars && !ahead.last) ahead = decodeAt(to, 3 * chars);
      return ahead;
    };
    const run: PieceRun = { ranks: new Map(), spanning: new Map(), offset: 0, prev: '', last: false, next };
    // As in a whole text: the raw pass's findings in text order, then the decoding pass's, kind
    // of segment by kind (decodeSegments' order), each kind in text order.
    const raw: Finding[] = [];
    const decoded: Finding[][] = [[], [], []];
    let segments = 0;
    let lines = 0;
    let counted = 0;
    for (let from = 0; from < bytes.length; from = to) {
      const here = ahead ?? decodeAt(from);
      ahead = undefined;
      to = here.to;
      run.last = here.last;
      let piece: Target = { ...target, utf8: undefined, content: here.text };
      let found = this.rawPass(piece, run);
      if (found === null) {
        // A multiline rule that declares no reach, or a match that reaches past this piece: the
        // rest of the file is one piece, as a whole text's scan would read it.
        to = bytes.length;
        ahead = undefined;
        this.pieceCounts.rest++;
        run.last = true;
        piece = { ...piece, content: bytes.toString('utf8', from) };
        found = this.rawPass(piece, run);
        if (found === null) return undefined; // the piece before too short (see spanPass)
      }
      const text = piece.content!;
      this.pieceCounts.pieces++;
      const rawCount = found.length;
      const tally: DecodeTally = { segments: 0, kinds: [] };
      found = this.scanDecoded(piece, found, tally);
      // The whole text's decoding pass stops at MAX_SEGMENTS, in an order across pieces.
      segments += tally.segments;
      if (segments >= MAX_SEGMENTS) return undefined;
      if (found.length > 0) {
        lines += countLines(bytes, counted, from);
        counted = from;
        const above = from > 0 ? lineBefore(bytes, from) : undefined;
        found.forEach((f, i) => {
          if (f.line === 1) f.prevLineText = above;
          f.line! += lines;
          f.endLine! += lines;
          if (i < rawCount) raw.push(f);
          else decoded[KIND_ORDER[tally.kinds[i - rawCount]]].push(f);
        });
      }
      run.offset += text.length;
      run.prev = text;
    }
    if (this.outOfTime) this.overBudget.push({ path: target.path, ruleIds: [...this.outOfTime] });
    return raw.concat(decoded[0], decoded[1], decoded[2]);
  }

  private scanRawContent(target: Target): Finding[] {
    return this.rawPass(target, undefined)!;
  }

  /**
   * The raw pass. In a file scanned in pieces, null when this piece must be scanned with the rest
   * of the file as one piece (nothing is done): a multiline rule that declares no reach is
   * triggered, or a multiline match reaches past the piece.
   */
  private rawPass(target: Target, run: PieceRun | undefined): Finding[] | null {
    const text = target.content ?? '';
    if (text.length === 0) return [];
    const triggered = this.selectRules(text, target.path);
    const raw: RawHit[] = [];
    if (run && !this.spanPass(run, triggered, text, target.path, raw)) {
      for (const c of triggered) {
        c.ranges = [];
        c.lastLine = -1;
      }
      return null;
    }
    const stats = this.options.stats;
    for (let t = 0; t < triggered.length; t++) {
      const c = triggered[t];
      const { rule } = c;
      const ranges = rule.multiline ? [c.ranges[0], text.length] : c.ranges;
      c.ranges = [];
      c.lastLine = -1;
      if (rule.appliesTo && !rule.appliesTo(target.path)) continue;
      if (run?.spanning.has(c)) continue;
      const rank = run ? run.ranks.get(c)! : t;
      const measured = stats && startRuleRun(stats, rule.id, ranges, this.matchCount, raw.length);
      if (rule.matcher) {
        this.matcherClock ??= nowMs();
        if (this.outOfTime || !this.runMatcher(c, rank, text, ranges, target.path, raw)) (this.outOfTime ??= new Set()).add(rule.id);
        if (measured) endRuleRun(measured, this.matchCount, raw.length);
        continue;
      }
      const regex = (c.regex ??= scanRegex(rule.pattern));
      for (let r = 0; r < ranges.length; r += 2) {
        const base = ranges[r];
        const slice = base === 0 && ranges[r + 1] === text.length ? text : text.slice(base, ranges[r + 1]);
        regex.lastIndex = 0;
        let m: RegExpExecArray | null;
        this.valueEnd = -1;
        while ((m = regex.exec(slice)) !== null) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          regex.lastIndex = this.addHit(c, rank, m, base, target.path, raw);
        }
      }
      if (measured) endRuleRun(measured, this.matchCount, raw.length);
    }
    if (raw.length === 0) return [];

    // One finding per secret location: a specific rule beats a generic one; then confidence.
    raw.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    const kept: typeof raw = [];
    // Only kept findings that reach past f.start can overlap f, and as raw is sorted by start, one
    // that does not never will again: `open` holds the rest, in kept order, so the first clash is
    // the same one a search of all of kept finds. (That search made a file holding 200,000 tokens
    // take minutes.)
    let open: number[] = [];
    for (const f of raw) {
      open = open.filter((i) => kept[i].end > f.start);
      const clash = open.find((i) => kept[i].secret === f.secret || kept[i].c.rule.generic || f.c.rule.generic);
      if (clash === undefined) {
        open.push(kept.length);
        kept.push(f);
        continue;
      }
      const k = kept[clash];
      if (better(f, k)) kept[clash] = f;
    }

    const lines = new LineIndex(text);
    return kept.map(({ c, start, end, secret, confidence, match }) => {
      const [l0, col0] = lines.position(start);
      const [l1, col1] = lines.position(end);
      const map = target.lineMap;
      return {
        ruleId: c.rule.id, title: c.rule.title, severity: c.rule.severity, confidence, kind: 'secret',
        file: target.path,
        line: map ? map[l0] : l0 + 1, column: col0 + 1,
        endLine: map ? map[l1] : l1 + 1, endColumn: col1 + 1,
        secret, remediation: c.rule.remediation, lineText: lines.lineText(l0),
        prevLineText: previousLine(lines, l0, map), match, origin: target.origin,
      };
    });
  }

  /**
   * Keeps a match that passes the rule's filters. Returns where the search goes on in the string
   * searched: after the match; or, when the match was rejected, at its value, which can hold an
   * assignment of its own (`feed = "https://host/?access_token=..."`: the URL is no secret, the
   * token may be one). Once only: a rejected match inside a value searched again is passed over
   * (valueEnd), so nested assignments (token=token=...) cost twice a plain search, not once per
   * assignment.
   */
  private addHit(c: CompiledRule, rank: number, m: RegExpExecArray, base: number, path: string, raw: RawHit[]): number {
    this.matchCount++;
    const end = m.index + m[0].length;
    const groups = m.groups ?? {};
    const secret = groups.secret ?? m[0];
    if (!secret) return end;
    const span = (groups.secret !== undefined ? m.indices?.groups?.secret : m.indices?.[0]) ?? [m.index, end];
    const confidence = judge(c.rule, secret, groups, path);
    if (confidence === undefined) {
      if (span[0] <= m.index || span[0] >= end || m.index < this.valueEnd) return end;
      this.valueEnd = end;
      return span[0];
    }
    raw.push({ c, start: base + span[0], end: base + span[1], secret, confidence, match: m[0] === secret ? undefined : m[0], rank });
    return end;
  }

  /**
   * A piece's multiline rules. A whole text's scan runs such a rule's pattern from the line of
   * its first keyword to the end of the text. In pieces, the rule runs on each piece from then
   * on, with as much of the pieces on either side as its matches can read (ContentRule.reach),
   * and keeps the matches that start in the piece: the same matches, as long as none reaches
   * past the piece. False when the piece must be scanned with the rest of the file as one piece
   * instead: a rule declares no reach, a neighbour is too short, or a match reaches past it.
   * (The last piece runs rules first triggered there as a whole text does.)
   */
  private spanPass(run: PieceRun, triggered: CompiledRule[], text: string, path: string, raw: RawHit[]): boolean {
    for (const c of triggered) {
      if (!run.ranks.has(c)) run.ranks.set(c, run.ranks.size);
      if (!c.rule.multiline || run.spanning.has(c) || run.last || (c.rule.appliesTo && !c.rule.appliesTo(path))) continue;
      if (!c.rule.reach || c.rule.matcher) return false;
      run.spanning.set(c, run.offset + c.ranges[0]);
    }
    const start = run.offset;
    const end = start + text.length;
    for (const [c, from] of run.spanning) {
      const reach = c.rule.reach!;
      // As in a whole text, the pattern reads nothing before the line of the rule's first keyword.
      let windowStart = Math.max(from, start);
      let before = '';
      let after = '';
      if (reach !== 'line') {
        windowStart = Math.max(from, start - reach.before);
        if (windowStart < start) {
          // Not expected: the piece before was asked for this much (below) when this rule was
          // already spanning, or the rule's first keyword is in it.
          if (run.prev.length < start - windowStart) return false;
          before = run.prev.slice(run.prev.length - (start - windowStart));
        }
        // Long enough for this piece's window, and for the next piece's look behind.
        if (!run.last) after = run.next(Math.max(reach.after, reach.before)).text.slice(0, reach.after);
      }
      const window = before + (windowStart > start ? text.slice(windowStart - start) : text) + after;
      const limit = end - windowStart;
      const regex = (c.regex ??= scanRegex(c.rule.pattern));
      regex.lastIndex = Math.max(from, start) - windowStart;
      let m: RegExpExecArray | null;
      this.valueEnd = -1;
      while ((m = regex.exec(window)) !== null && m.index < limit) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        if (m.index + m[0].length > limit) return false;
        regex.lastIndex = this.addHit(c, run.ranks.get(c)!, m, windowStart - start, path, raw);
      }
    }
    return true;
  }

  /**
   * Runs a rule's matcher over its ranges until the file's time budget is spent. False when the
   * budget ran out (the rest of the file is not searched by this rule).
   */
  private runMatcher(c: CompiledRule, rank: number, text: string, ranges: number[], path: string, raw: RawHit[]): boolean {
    const budget = this.options.matcherBudgetMs ?? DEFAULT_MATCHER_BUDGET_MS;
    const clock = this.matcherClock!;
    const matcher = c.rule.matcher!;
    for (let r = 0; r < ranges.length; r += 2) {
      if (nowMs() - clock >= budget) return false;
      const base = ranges[r];
      const slice = base === 0 && ranges[r + 1] === text.length ? text : text.slice(base, ranges[r + 1]);
      for (const h of matcher.find(slice)) {
        this.matchCount++;
        const secret = slice.slice(h.secretStart, h.secretEnd);
        const confidence = secret ? judge(c.rule, secret, h.groups, path) : undefined;
        if (confidence !== undefined) {
          const whole = h.start === h.secretStart && h.end === h.secretEnd ? undefined : slice.slice(h.start, h.end);
          raw.push({ c, start: base + h.secretStart, end: base + h.secretEnd, secret, confidence, match: whole, rank });
        }
        if (nowMs() - clock >= budget) return false;
      }
    }
    return true;
  }

  /**
   * The decoding pass: the rules also run over text decoded from JSON string escapes,
   * percent-encoding and base64 values (see decode.ts), and what they find there is reported on
   * the encoded text. Whatever the raw pass already reported at that place wins, unless it came
   * from a generic rule and the decoded finding from a specific one.
   */
  private scanDecoded(target: Target, found: Finding[], tally?: DecodeTally): Finding[] {
    const text = target.content;
    if (!text) return found;
    let lines: LineIndex | undefined;
    const isGeneric = (f: Finding) => this.contentRules.find((r) => r.id === f.ruleId)?.generic === true;
    // Findings by the lines they cover, so a clash is looked for among the few on the same lines.
    let byLine: Map<number, number[]> | undefined;
    const addToIndex = (i: number) => {
      const k = found[i];
      if (k.line === null) return;
      for (let l = k.line; l <= (k.endLine ?? k.line); l++) {
        const at = byLine!.get(l);
        if (at) at.push(i);
        else byLine!.set(l, [i]);
      }
    };
    const segments = decodeSegments(text);
    let outermost: SegmentKind = 'json-escape';
    if (tally) tally.segments = segments.length;
    for (const seg of segments) {
      if (seg.depth === 1) outermost = seg.kind;
      const inner = this.scanRawContent({ ...target, content: seg.text, lineMap: undefined });
      if (inner.length === 0) continue;
      lines ??= new LineIndex(text);
      const segLines = new LineIndex(seg.text);
      for (const f of inner) {
        const s = segLines.offset(f.line! - 1, f.column! - 1);
        const e = segLines.offset(f.endLine! - 1, f.endColumn! - 1);
        const start = seg.locate ? seg.locate(s) : seg.offset;
        const end = seg.locate ? seg.locate(e) : seg.offset + seg.length;
        const [l0, c0] = lines.position(start);
        const [l1, c1] = lines.position(end);
        const map = target.lineMap;
        const placed: Finding = {
          ...f, line: map ? map[l0] : l0 + 1, column: c0 + 1, endLine: map ? map[l1] : l1 + 1, endColumn: c1 + 1,
          lineText: lines.lineText(l0), prevLineText: previousLine(lines, l0, map),
        };
        if (!byLine) {
          byLine = new Map();
          for (let i = 0; i < found.length; i++) addToIndex(i);
        }
        let clash = -1;
        for (let l = placed.line!; l <= placed.endLine!; l++) {
          for (const i of byLine.get(l) ?? []) if ((clash === -1 || i < clash) && overlaps(found[i], placed)) clash = i;
        }
        if (clash === -1) {
          found.push(placed);
          tally?.kinds.push(outermost);
          addToIndex(found.length - 1);
        } else if (isGeneric(found[clash]) && !isGeneric(placed)) {
          found[clash] = placed;
          addToIndex(clash);
        }
      }
    }
    return found;
  }

  /** Runs the prefilter and queues, per rule, the line ranges holding its keywords. */
  private selectRules(text: string, path: string): CompiledRule[] {
    // A gate open for this file: per gate, 1 admitted, 2 not.
    let gateState: Int8Array | undefined;
    if (this.gates.length > 0) {
      const state = Int8Array.from(this.gates, (gate) => (gate(path) ? 1 : 2));
      if (state.includes(1)) gateState = state;
    }
    let hits: KeywordHits;
    let ids: Int32Array;
    if (gateState) {
      hits = (this.gatedPrefilter ??= new Prefilter(this.keywords)).scan(text);
      ids = hits.ids;
    } else {
      hits = this.prefilter.scan(text);
      ids = hits.ids;
      for (let h = 0; h < hits.count; h++) ids[h] = this.prefilterIds[ids[h]];
    }
    const triggered: CompiledRule[] = [];
    let lineStart = 0;
    let lineEnd = -1;
    const queue = (c: CompiledRule) => {
      if (c.lastLine === lineStart) return;
      c.lastLine = lineStart;
      c.ranges.push(lineStart, lineEnd);
      if (!c.queued) {
        c.queued = true;
        triggered.push(c);
      }
    };
    for (let h = 0; h < hits.count; h++) {
      const end = hits.ends[h];
      if (end > lineEnd) {
        lineStart = text.lastIndexOf('\n', end - 1) + 1;
        const nl = text.indexOf('\n', end);
        lineEnd = nl === -1 ? text.length : nl;
        // A YAML parent key (`datadog:`) says what the lines nested under it hold: the rules
        // its keywords trigger get those lines too (`  api_key: ...`).
        if (endsParentKey(text, lineStart, lineEnd)) lineEnd = endOfNextLines(text, lineEnd, NESTED_LINES);
        // A line whose value is on the next one: a name/value entry (`- name: DB_PASSWORD` then
        // `value: ...`, as Kubernetes, ECS and CloudFormation list environment variables), or a
        // flag alone in a YAML list of arguments (`- --password` then `- ...`).
        else if (valueOnNextLine(text, lineStart)) lineEnd = endOfNextLines(text, lineEnd, 1);
      }
      const id = ids[h];
      for (const i of this.keywordRules[id]) queue(this.compiled[i]);
      const gated = gateState && this.gatedRules[id];
      if (gated) for (const g of gated) if (gateState![g.gate] === 1) queue(this.compiled[g.rule]);
    }
    for (const i of this.alwaysRun) {
      const c = this.compiled[i];
      c.ranges = [0, text.length];
      if (!c.queued) triggered.push(c);
    }
    for (const c of triggered) c.queued = false;
    return triggered;
  }
}

/** The rule's pattern with the flags a scan needs: every match (g), with indices (d), unanchored. */
function scanRegex(pattern: RegExp): RegExp {
  const flags = new Set([...pattern.flags, 'g', 'd']);
  flags.delete('y');
  const regex = new RegExp(pattern.source, [...flags].join(''));
  // V8 runs a regex's first search in its bytecode interpreter and compiles it to machine code
  // on the second, so a rule searched on many lines is compiled twice; a first search of a text
  // of 1000 characters or more gets machine code at once. One search of 1000 NULs (no built-in
  // pattern matches there: all of them together take 0.2 ms on it) makes the first compile the
  // only one: the patterns took 15 ms of a hook's 25 ms scan, 6 ms after this.
  regex.exec(COMPILE_NOW);
  regex.lastIndex = 0;
  return regex;
}

const COMPILE_NOW = '\0'.repeat(1000);

/** A finding whose secret lies on context lines only: nothing of it is the change's (Target.contextLines). */
function onContextOnly(f: Finding, context: number[]): boolean {
  if (f.line === null) return false;
  for (let l = f.line; l <= (f.endLine ?? f.line); l++) if (!context.includes(l)) return false;
  return true;
}

function judge(rule: ContentRule, secret: string, groups: Record<string, string | undefined>, path: string): Confidence | undefined {
  if (!rule.skipPlaceholderFilter && isPlaceholder(secret)) return undefined;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return undefined;
  const verdict = rule.validate?.(secret, groups, { path });
  if (verdict === false) return undefined;
  if (verdict === true) return 'high';
  return verdict ?? rule.confidence ?? 'medium';
}

/** True when two findings' [start, end) spans, as (line, column), overlap. */
function overlaps(a: Finding, b: Finding): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  return before(a.line!, a.column!, b.endLine!, b.endColumn!) && before(b.line!, b.column!, a.endLine!, a.endColumn!);
}

function better(a: { c: CompiledRule; confidence: Confidence; end: number; start: number }, b: typeof a): boolean {
  if (!!a.c.rule.generic !== !!b.c.rule.generic) return !a.c.rule.generic;
  if (a.confidence !== b.confidence) return CONFIDENCE_RANK[a.confidence] > CONFIDENCE_RANK[b.confidence];
  return a.end - a.start > b.end - b.start;
}

/** Offset -> (line, column), 0-based, built only when a target has findings. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): [number, number] {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - this.starts[lo]];
  }
  /** (line, column), 0-based -> offset. */
  offset(line: number, column: number): number {
    return this.starts[line] + column;
  }
  lineText(line: number): string {
    const end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[line], end).replace(/\r$/, '');
  }
}

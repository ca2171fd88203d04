// A .env parser that reads what the common loaders read (dotenv, python-dotenv, docker compose):
// `KEY=value`, an optional `export `, comments, single/double/backtick quotes (quoted values may
// span lines), CRLF and a BOM. It never echoes a value in an error: a broken line may be a
// secret, so errors name the line number and the problem only.

export interface EnvEntry {
  key: string;
  value: string;
  /** 1-based line where the assignment starts. */
  line: number;
  /** Last line of the assignment (differs from line for multi-line quoted values). */
  endLine: number;
}

export interface ParseError {
  line: number;
  message: string;
}

export interface ParsedEnv {
  entries: EnvEntry[];
  errors: ParseError[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/;

export function parseDotenv(input: string): ParsedEnv {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const entries: EnvEntry[] = [];
  const errors: ParseError[] = [];
  let pos = 0;
  let line = 1;

  const lineEnd = (from: number) => {
    const nl = text.indexOf('\n', from);
    return nl === -1 ? text.length : nl;
  };
  const skipToNextLine = (from: number) => {
    const end = lineEnd(from);
    line++;
    pos = end + 1;
  };

  while (pos < text.length) {
    const end = lineEnd(pos);
    let i = pos;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i === end || text[i] === '#') {
      skipToNextLine(pos);
      continue;
    }
    const exported = /^export[ \t]+/.exec(text.slice(i, end));
    if (exported) i += exported[0].length;
    const keyMatch = KEY.exec(text.slice(i, end));
    if (!keyMatch) {
      errors.push({ line, message: 'expected KEY=VALUE (a key starts with a letter or _)' });
      skipToNextLine(pos);
      continue;
    }
    const key = keyMatch[0];
    i += key.length;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] !== '=') {
      // Not `${key}`: a line without = may be a pasted token, and this message is printed.
      errors.push({ line, message: 'expected KEY=VALUE (no = on the line)' });
      skipToNextLine(pos);
      continue;
    }
    i++;
    const afterEquals = i;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    const startLine = line;
    const quote = text[i];

    if (i < end && (quote === '"' || quote === "'" || quote === '`')) {
      const close = findClosingQuote(text, i + 1, quote);
      if (close === -1) {
        errors.push({ line: startLine, message: `${key}: the ${quoteName(quote)} quote that opens the value is never closed` });
        // Nothing after an unclosed quote can be trusted as structure.
        break;
      }
      const body = text.slice(i + 1, close);
      const value = quote === '"' ? unescapeDouble(body) : body;
      line += countNewlines(body);
      const tailEnd = lineEnd(close + 1);
      const tail = text.slice(close + 1, tailEnd).trim();
      if (tail !== '' && !tail.startsWith('#')) {
        errors.push({ line, message: `${key}: unexpected text after the closing quote` });
      } else {
        entries.push({ key, value, line: startLine, endLine: line });
      }
      line++;
      pos = tailEnd + 1;
      continue;
    }

    // Unquoted: the value runs to the end of the line; ` #` (a hash after whitespace) starts a
    // comment, a hash inside the value (a password like `p#ss`, or `#fff`) does not. This is
    // docker compose's and python-dotenv's reading; Node's dotenv cuts at any #.
    let value = text.slice(afterEquals, end);
    const comment = /[ \t]#/.exec(value);
    if (comment) value = value.slice(0, comment.index);
    entries.push({ key, value: value.trim(), line: startLine, endLine: startLine });
    skipToNextLine(pos);
  }
  return { entries, errors };
}

function findClosingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote === '"') {
      i++;
      continue;
    }
    if (ch === quote) return i;
  }
  return -1;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function unescapeDouble(body: string): string {
  return body.replace(/\\(.)/gs, (all, ch: string) => ESCAPES[ch] ?? all);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function quoteName(q: string): string {
  return q === '"' ? 'double' : q === "'" ? 'single' : 'backtick';
}

/** The last assignment of each key wins, as every loader does; earlier ones are reported. */
export function lastWins(entries: EnvEntry[]): { vars: Map<string, EnvEntry>; duplicates: { key: string; lines: number[] }[] } {
  const vars = new Map<string, EnvEntry>();
  const seen = new Map<string, number[]>();
  for (const e of entries) {
    vars.set(e.key, e);
    seen.set(e.key, [...(seen.get(e.key) ?? []), e.line]);
  }
  const duplicates = [...seen].filter(([, lines]) => lines.length > 1).map(([key, lines]) => ({ key, lines }));
  return { vars, duplicates };
}

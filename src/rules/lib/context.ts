// Patterns for credentials that carry no prefix of their own (a 32-hex key, a UUID): only the
// provider's name next to them says what they are. Two shapes, both on one line:
//
//   assignment: <name> <up to 25 identifier chars> <key word> <up to 12 more> <quote>? <]>?
//               <= : => :=> <quote>? <value>
//               MISTRAL_API_KEY=..., "mistralApiKey": "...", Mistral(api_key="..."),
//               os.environ["MISTRAL_API_KEY"] = "...", YAML `mistral_api_key: ...`
//   call:       <name> <up to 25 identifier chars> ( <quote> <value>
//               cohere.Client("..."), new postmark.ServerClient("...")
//
// The key word (key, token, secret, pat, auth, password, credential) keeps MISTRAL_MODEL_ID=...
// and the like out. Every quantifier is bounded and nothing nests, so matching stays linear.

const KEY_WORDS = '(?:key|token|secret|pat(?![a-z])|auth|passw(?:or)?d|credential)';

/**
 * A YAML parent key, then the line break and indent before a key nested under it, after at most
 * two indented siblings: `datadog:` / `  site: ...` / `  api_key: ...`. (The engine gives a rule
 * the three lines after a keyword line that ends in a colon.) The nested key must still name a
 * key, token or secret.
 */
const NESTED = String.raw`[\w.-]{0,25}["']?[ \t]{0,4}:[ \t]{0,4}\r?\n(?:[ \t]{1,16}[^\n]{0,200}\n){0,2}[ \t]{1,16}(?:-[ \t]{1,4})?`;

export interface NamedValueOptions {
  /** Regex source for the word that must follow the name, replacing the generic key words. */
  word?: string;
  /** Also accept the call shape `name(...("value"`. Default: only with the generic key words. */
  call?: boolean;
  /** Regex source after the value; default: not followed by another token character. */
  after?: string;
  /** The name must not continue a longer word (for short names: lob must not match blob). */
  wordStart?: boolean;
}

export function namedValue(name: string, value: string, opts: NamedValueOptions = {}): RegExp {
  const word = opts.word ?? KEY_WORDS;
  const call = opts.call ?? opts.word === undefined;
  const assign = `[\\w.(-]{0,25}?(?:${word})[\\w.-]{0,12}?["'\`]?\\]?\\s{0,5}(?:=>|:=|[:=])\\s{0,5}["'\`]?`;
  const callShape = `[\\w.-]{0,25}?\\(\\s{0,5}["'\`]`;
  const after = opts.after ?? '(?![A-Za-z0-9_-])';
  const start = opts.wordStart ? '(?<![A-Za-z])' : '';
  return new RegExp(
    `${start}(?:${name})(?:${assign}|${NESTED}${assign}${call ? `|${callShape}` : ''})(?<secret>${value})${after}`,
    'i',
  );
}


const escapeChar = (c: string): string => (/[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c);

/** A literal that matches in any letter case, e.g. ci('aws') -> [aA][wW][sS]. */
export function ci(word: string): string {
  let out = '';
  for (const c of word) {
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    out += lo !== up ? `[${lo}${up}]` : escapeChar(c);
  }
  return out;
}

/** Alternation of case-insensitive literals. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map(ci).join('|')})`;
}

export interface AssignmentOptions {
  /** Words naming the provider; one must start the variable or key name. */
  names: readonly string[];
  /** Words one of which must follow the provider name within the name (key, token, secret...). */
  labels?: readonly string[];
  /** The secret's own pattern (regex source). */
  value: string;
  /** Characters that may not touch the value on either side (regex class body). Default: alphanumerics. */
  edge?: string;
}

/**
 * `<name>[_-.\w]{0,24}<label>? ["']? (=|:|=>|:=) ["']? <value>` — a provider-named variable,
 * key or flag assigned a value, in env files, YAML, JSON, code and shell.
 */
export function assignment({ names, labels, value, edge = 'A-Za-z0-9' }: AssignmentOptions): string {
  return `${assignedName(names, labels)}(?<![${edge}])(?<secret>${value})(?![${edge}])`;
}

/** The part of `assignment` before the value: the name, the operator and any opening quote. */
export function assignedName(names: readonly string[], labels?: readonly string[]): string {
  const label = labels ? `[\\w.-]{0,24}?${anyOf(labels)}` : '';
  const rest = `[\\w.-]{0,24}["']?\\s{0,5}(?:=>|:=|[:=]|\\s)\\s{0,5}["']?`;
  // Nested under the provider's YAML key only when a label says what the nested key holds.
  const nested = labels ? `|${NESTED}[\\w.-]{0,24}?${anyOf(labels)}${rest}` : '';
  return `(?<![A-Za-z0-9])${anyOf(names)}(?:${label}${rest}${nested})`;
}

/**
 * A pattern for `<name><up to 30 name chars><quote?> <:|=|=>|:=> <quote?><value>`: the name is
 * an alternation of provider words (e.g. `datadog|dd`), the value a character class with its
 * length, e.g. `[a-f0-9]{32}`. The value must not continue into a longer token. Bounded, no
 * nested quantifiers: linear time.
 */
export function assignedAfter(name: string, value: string, flags = 'i'): RegExp {
  const nested = `${NESTED}[\\w.-]{0,25}?${KEY_WORDS}[\\w.-]{0,12}?["']?[ \\t]{0,5}:[ \\t]{0,5}`;
  return new RegExp(
    `(?:${name})(?:[\\w.-]{0,30}?["']?\\s{0,5}(?:=>|:=|=|:)\\s{0,5}|${nested})["'\`]?(?<secret>${value})(?![A-Za-z0-9_+/=-])`,
    flags,
  );
}

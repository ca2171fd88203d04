// Patterns for credentials that carry no prefix of their own (a 32-hex key, a UUID): only the
// provider's name next to them says what they are. One shape serves them all:
//
//   <name> <up to 25 identifier chars> [<word> ...] <quote>? <]>? (<assignment> <quote>? | "(" <quote>) <value>
//
// which covers MISTRAL_API_KEY=..., "mistralApiKey": "...", Mistral(api_key="..."),
// cohere.Client("..."), os.environ["MISTRAL_API_KEY"] = "..." and YAML `mistral_api_key: ...`,
// all on one line.
// Every quantifier is bounded and nothing nests, so matching stays linear.

export interface NamedValueOptions {
  /** Regex source that must follow the name (e.g. `auth[_.-]?token`), then up to 12 more identifier chars. */
  word?: string;
  /** Regex source after the value; default: not followed by another token character. */
  after?: string;
  /** The name must not continue a longer word (for short names: lob must not match blob). */
  wordStart?: boolean;
}

export function namedValue(name: string, value: string, opts: NamedValueOptions = {}): RegExp {
  const word = opts.word ? `(?:${opts.word})[\\w.-]{0,12}?` : '';
  const after = opts.after ?? '(?![A-Za-z0-9_-])';
  const start = opts.wordStart ? '(?<![A-Za-z])' : '';
  return new RegExp(
    `${start}(?:${name})[\\w.(-]{0,25}?${word}["'\`]?\\]?\\s{0,5}(?:(?:=>|:=|[:=])\\s{0,5}["'\`]?|\\(\\s{0,5}["'\`])(?<secret>${value})${after}`,
    'i',
  );
}

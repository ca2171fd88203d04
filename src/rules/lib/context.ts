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
    `${start}(?:${name})(?:${assign}${call ? `|${callShape}` : ''})(?<secret>${value})${after}`,
    'i',
  );
}

// Builders for rules whose value has no prefix of its own, so the provider's name must stand
// next to it: `LINODE_TOKEN = "..."`, `"vultr_api_key": "..."`, `fastly-key: ...`.
// The name is matched case-insensitively by character classes rather than the i flag, so the
// value's own alphabet stays case-exact. Every quantifier is bounded.

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
  return `(?<![A-Za-z0-9])${anyOf(names)}${label}[\\w.-]{0,24}["']?\\s{0,5}(?:=>|:=|[:=]|\\s)\\s{0,5}["']?`;
}

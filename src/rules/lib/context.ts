// Builders for rules whose value has no prefix of its own, so a name next to it says what it is.

/**
 * A pattern for `<name><up to 30 name chars><quote?> <:|=|=>|:=> <quote?><value>`: the name is
 * an alternation of provider words (e.g. `datadog|dd`), the value a character class with its
 * length, e.g. `[a-f0-9]{32}`. The value must not continue into a longer token. Bounded, no
 * nested quantifiers: linear time.
 */
export function assignedAfter(name: string, value: string, flags = 'i'): RegExp {
  return new RegExp(
    `(?:${name})[\\w.-]{0,30}?["']?\\s{0,5}(?:=>|:=|=|:)\\s{0,5}["'\`]?(?<secret>${value})(?![A-Za-z0-9_+/=-])`,
    flags,
  );
}

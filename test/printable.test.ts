// Names and words from outside, made safe and unambiguous to print: every control character is
// an escape, and a backslash that would read as one is doubled.
import { describe, expect, it } from 'vitest';
import { printable } from '../src/report/printable.ts';

describe('printable', () => {
  it.each([
    ['a newline', 'a\nb', 'a\\nb'],
    ['a backslash and an n', 'a\\nb', 'a\\\\nb'],
    ['two backslashes and an n', 'a\\\\nb', 'a\\\\\\\\nb'],
    ['an escape sequence', 'esc\x1b[2J', 'esc\\u001b[2J'],
    ['what looks like one', 'x\\u001by', 'x\\\\u001by'],
    ['a bidi override', 'bidi\u202etxt', 'bidi\\u202etxt'],
    ['a Windows path', 'C:\\Users\\x', 'C:\\Users\\x'],
    ['a trailing backslash', 'x\\', 'x\\'],
    ['plain text and non-ASCII', 'plain 日本語.txt', 'plain 日本語.txt'],
  ])('%s', (_name, raw, shown) => {
    expect(printable(raw)).toBe(shown);
  });

  it('two different names never print the same', () => {
    const names = ['a\nb', 'a\\nb', 'a\\\nb', 'a\\\\nb', 'a\u000ab', 'a\\u000ab'];
    const shown = names.map(printable);
    expect(new Set(shown).size).toBe(new Set(names).size);
  });
});

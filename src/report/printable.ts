// Text that came from outside (file names, git's messages, a repository's config) made safe to
// print on a terminal: a control character would split a one-line message or a report line (a
// file name with a newline in it), and an escape sequence or a bidi override could repaint what
// the person sees. Each such character is shown as an escape (\n, \u001b). JSON and SARIF keep
// names exact: JSON escapes control characters itself.

// A backslash is doubled only where it would read as part of an escape: before n, r, t, u and
// four hex digits, another backslash, or a character that is escaped itself (`a\nb`, two
// characters, against a name holding a newline); `C:\Users` stays as it is.
const CONTROL = String.raw`\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
const UNSAFE = new RegExp(String.raw`[${CONTROL}]|\\(?=[nrt\\${CONTROL}]|u[0-9a-fA-F]{4})`, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

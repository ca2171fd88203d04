// Lines whose keywords reach the lines below them: a YAML parent key (`datadog:`) says what the
// lines nested under it hold, and a name/value entry or a flag alone in a list has its value on
// the next line. The prefilter gives the rules such a line's successors too; a scan in pieces
// (pieces.ts) never cuts where one of them would reach across.

/** Lines after a YAML parent key that its keywords reach. */
export const NESTED_LINES = 3;

/** True when the line [start, end) ends in a colon (then spaces, a CR): a YAML key whose value is nested below. */
export function endsParentKey(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13)) e--;
  return e > start && text.charCodeAt(e - 1) === 58;
}

const NAME_ENTRY = /[ \t]*(?:-[ \t]+|\{[ \t]*)?["']?name["']?[ \t]*[:=][ \t]*["']?[\w.-]{1,80}["']?[ \t]*,?[ \t]*(?:\r?\n|$)/iy;
const FLAG_ITEM = /[ \t]*-[ \t]+["']?-{1,2}[A-Za-z][\w-]{0,60}["']?[ \t]*\r?(?:\n|$)/y;

/** True when the line starting at `start` names a value that the next line holds, and nothing more. */
export function valueOnNextLine(text: string, start: number): boolean {
  NAME_ENTRY.lastIndex = start;
  if (NAME_ENTRY.test(text)) return true;
  FLAG_ITEM.lastIndex = start;
  return FLAG_ITEM.test(text);
}

/** The end of the n-th line after the line that ends at `end` (or of the text). */
export function endOfNextLines(text: string, end: number, n: number): number {
  let e = end;
  for (let i = 0; i < n && e < text.length; i++) {
    const nl = text.indexOf('\n', e + 1);
    e = nl === -1 ? text.length : nl;
  }
  return e;
}

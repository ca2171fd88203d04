// A scan of added lines (a staged diff, a commit's patch) sees a change without the lines around
// it, and some credentials are judged by lines a change need not touch:
// - a name/value entry (`- name: DB_PASSWORD` then `value: ...`) by the name above the value, so
//   a value changed in place (a rotated password) needs the name line; the same for the value of
//   a flag in a YAML list of arguments (`- --db-password` then `- "..."`);
// - a private key by its armour: a key replaced in a file that held one changes only the body
//   lines, as the BEGIN and END lines stay the same, and the key must be read whole to be known.
// Those lines are taken from the file as git holds it, as context (Target.contextLines): rules
// read them, and no finding lies on context lines alone. The file is read only when a change has
// such a line at the edge of a hunk; a typical change has none.

import { valueOnNextLine } from '../engine/reach.ts';
import { fileLines } from './text.ts';

/** Added lines and the file line number of each, in file order. */
export interface AddedLines {
  lines: string[];
  numbers: number[];
}

/** The value line of a name/value entry (Kubernetes env lists; ECS, CloudFormation, Terraform). */
const VALUE_ENTRY = /^[ \t]*(?:-[ \t]+)?["']?value["']?[ \t]*[:=]/;
/**
 * A lone value as an item of a YAML list, long enough to be a password: the item above may be a
 * flag that names it. Other items (`- main`, `- --verbose`, `- run: npm test`) are not read for.
 */
const LIST_VALUE = /^[ \t]*-[ \t]+["']?[^\s"'-][^\s"']{7,}["']?[ \t]*\r?$/;
/** A full line of a PEM body, as a changed key's hunk starts or ends with one. */
const PEM_BODY = /^[ \t]*[A-Za-z0-9+/]{40,}={0,2}[ \t]*\r?$/;
/** What may sit between a key's armour lines: body, headers (Proc-Type, Version), blank, PGP's CRC. */
const IN_ARMOUR = /^[ \t]*(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z-]+:.*|=[A-Za-z0-9+/]{4})?[ \t]*\r?$/;
const KEY_BEGIN = /-----BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----/;
const KEY_END = /-----END[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----/;
/** How far to look for a key's armour: longer than any key's body. */
const ARMOUR_REACH = 400;

/** Runs of consecutive added lines: [first index, last index]. */
function hunks(h: AddedLines): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < h.lines.length; i++) {
    if (i > 0 && h.numbers[i] === h.numbers[i - 1] + 1) out[out.length - 1][1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** Whether any hunk has a line at its edge that the lines around it judge. */
function needsContext(h: AddedLines, runs: [number, number][]): boolean {
  return runs.some(([a, b]) => (h.numbers[a] > 1 && (VALUE_ENTRY.test(h.lines[a]) || LIST_VALUE.test(h.lines[a]))) || PEM_BODY.test(h.lines[a]) || PEM_BODY.test(h.lines[b]));
}

/** File line numbers (1-based) to add as context, none of them added lines. */
function contextFor(h: AddedLines, runs: [number, number][], file: string[]): Set<number> {
  const added = new Set(h.numbers);
  const context = new Set<number>();
  const line = (n: number): string | undefined => file[n - 1];
  // From a line outward to the armour line, through lines that can be inside armour (and through
  // other hunks of the same key, which the content holds already): the lines to add, or undefined
  // when this is not the inside of a private key.
  const walk = (from: number, step: 1 | -1, armour: RegExp): number[] | undefined => {
    const found: number[] = [];
    for (let n = from, k = 0; k < ARMOUR_REACH; n += step, k++) {
      const text = line(n);
      if (text === undefined) return undefined;
      if (!added.has(n)) found.push(n);
      if (armour.test(text)) return found;
      if (!IN_ARMOUR.test(text)) return undefined;
    }
    return undefined;
  };
  for (const [a, b] of runs) {
    const first = h.numbers[a];
    const last = h.numbers[b];
    const prior = line(first - 1);
    if (first > 1 && prior !== undefined) {
      if (VALUE_ENTRY.test(h.lines[a])) context.add(first - 1);
      // The flag line, as the engine knows it (reach.ts); a list of plain items gets no context.
      else if (LIST_VALUE.test(h.lines[a]) && valueOnNextLine(`${prior}\n`, 0)) context.add(first - 1);
    }
    if (!PEM_BODY.test(h.lines[a]) && !PEM_BODY.test(h.lines[b])) continue;
    const run = h.lines.slice(a, b + 1);
    const above = run.some((l) => KEY_BEGIN.test(l)) ? [] : walk(first - 1, -1, KEY_BEGIN);
    const below = run.some((l) => KEY_END.test(l)) ? [] : walk(last + 1, 1, KEY_END);
    if (above && below) for (const n of [...above, ...below]) context.add(n);
  }
  return context;
}

/**
 * Added lines as a scan's content and line map, with the lines of the file that judge them
 * (see above) put in their places as context.
 */
export async function addedContent(h: AddedLines, readFile: (() => Promise<Buffer>) | undefined): Promise<{ content: string; lineMap: number[]; contextLines?: number[] }> {
  const runs = readFile ? hunks(h) : [];
  if (!readFile || !needsContext(h, runs)) return { content: h.lines.join('\n'), lineMap: h.numbers };
  const file = fileLines(await readFile());
  const context = contextFor(h, runs, file);
  if (context.size === 0) return { content: h.lines.join('\n'), lineMap: h.numbers };
  // Both in file order: merge them.
  const extra = [...context].sort((x, y) => x - y);
  const lines: string[] = [];
  const numbers: number[] = [];
  let i = 0;
  let k = 0;
  while (i < h.numbers.length || k < extra.length) {
    if (k < extra.length && (i >= h.numbers.length || extra[k] < h.numbers[i])) {
      lines.push(file[extra[k] - 1]); // as the patch's lines, with a CR where the file has one
      numbers.push(extra[k++]);
    } else {
      lines.push(h.lines[i]);
      numbers.push(h.numbers[i++]);
    }
  }
  return { content: lines.join('\n'), lineMap: numbers, contextLines: extra };
}

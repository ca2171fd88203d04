// A name/value entry (`- name: DB_PASSWORD` then `value: ...`) is judged by its name, so a
// scan of added lines (a staged diff, a commit's patch) that holds the value line but not the
// name above it takes that line from the file as context (Target.contextLines): rules read it,
// and no finding is placed on it.

import { decodeBytes } from './text.ts';

/** Added lines and the file line number of each. */
export interface AddedLines {
  lines: string[];
  numbers: number[];
}

/**
 * The second line of a name/value entry (`value: ...` under `- name: DB_PASSWORD` in a
 * Kubernetes env list; ECS, CloudFormation and Terraform write the same pair): the rules judge
 * the value by the name, so a change to the value alone, such as a rotated password, is
 * scanned with the line above it.
 */
const VALUE_ENTRY = /^[ \t]*(?:-[ \t]+)?["']?value["']?[ \t]*[:=]/;

/** Indexes of added lines that are such an entry's value, with the line above not added. */
function valueEntriesWithoutName(h: AddedLines): number[] {
  const at: number[] = [];
  for (let i = 0; i < h.lines.length; i++) {
    const n = h.numbers[i];
    if (n > 1 && (i === 0 || h.numbers[i - 1] !== n - 1) && VALUE_ENTRY.test(h.lines[i])) at.push(i);
  }
  return at;
}

/** The added lines with the file's line above each of `at` put in before it, as context. */
function withLinesAbove(h: AddedLines, at: number[], file: string[]): { lines: string[]; numbers: number[]; context: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  const context: number[] = [];
  let k = 0;
  for (let i = 0; i < h.lines.length; i++) {
    if (at[k] === i) {
      k++;
      const n = h.numbers[i] - 1;
      const above = file[n - 1];
      if (above !== undefined) {
        lines.push(above); // as the patch's lines, with a CR where the file has one
        numbers.push(n);
        context.push(n);
      }
    }
    lines.push(h.lines[i]);
    numbers.push(h.numbers[i]);
  }
  return { lines, numbers, context };
}

/**
 * Added lines as a scan's content and line map, with the line above each value line that lacks
 * its name taken from the file as context. The file is read only then: a typical change has none.
 */
export async function addedContent(h: AddedLines, readFile: (() => Promise<Buffer>) | undefined): Promise<{ content: string; lineMap: number[]; contextLines?: number[] }> {
  const at = readFile ? valueEntriesWithoutName(h) : [];
  if (at.length === 0) return { content: h.lines.join('\n'), lineMap: h.numbers };
  const file = (decodeBytes(await readFile!()).content ?? '').split('\n');
  const { lines, numbers, context } = withLinesAbove(h, at, file);
  return { content: lines.join('\n'), lineMap: numbers, contextLines: context };
}

import type { ArgumentsCamelCase } from 'yargs';
import { builtinRules } from '../../rules/index.ts';
import type { Rule } from '../../engine/types.ts';

export function ruleRows(rules: Rule[]) {
  return rules.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind === 'file' ? 'file' : 'content',
    severity: r.severity,
    keywords: r.kind === 'file' ? [] : r.keywords,
    /** Keywords that trigger the rule only in some files (.env and other files of secrets). */
    fileKeywords: r.kind === 'file' ? [] : (r.fileKeywords?.keywords ?? []),
    // Generic rules use validate() only to filter noise; it proves nothing about a credential.
    validates: r.kind !== 'file' && !r.generic && typeof r.validate === 'function',
  }));
}

/** A keyword as people can read it: a tab or a trailing space would not show. */
function shown(keyword: string): string {
  return keyword.replace(/\t/g, '\\t').replace(/ $/, '\u2423');
}

export function rulesMarkdown(rules: Rule[]): string {
  const rows = ruleRows(rules);
  const lines = ['| id | title | keywords | validated offline |', '| --- | --- | --- | --- |'];
  const code = (ks: string[]) => ks.map((k) => `\`${shown(k)}\``).join(' ');
  for (const r of rows) {
    const inSome = r.fileKeywords.length ? `; in some files also ${code(r.fileKeywords)}` : '';
    lines.push(`| \`${r.id}\` | ${r.title} | ${code(r.keywords) || (r.kind === 'file' ? '(file rule)' : '')}${inSome} | ${r.validates ? 'yes' : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}

export async function rulesCommand(args: ArgumentsCamelCase<Record<string, unknown>>): Promise<number> {
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(ruleRows(builtinRules), null, 2)}\n`);
  else if (args.format === 'markdown') process.stdout.write(rulesMarkdown(builtinRules));
  else {
    const rows = ruleRows(builtinRules);
    const w = Math.max(...rows.map((r) => r.id.length));
    for (const r of rows) process.stdout.write(`${r.id.padEnd(w)}  ${r.validates ? '✓' : ' '}  ${r.title}${r.keywords.length ? `  [${r.keywords.map(shown).join(', ')}]` : ''}\n`);
    process.stdout.write(`${rows.length} rules (✓ = validated offline)\n`);
  }
  return 0;
}

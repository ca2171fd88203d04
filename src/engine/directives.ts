// Inline directives: a person marks one line as reviewed, in the file itself. The marker is
// found anywhere on the line, so it works in every comment syntax (`#`, `//`, `/* */`,
// `<!-- -->`, `--`, `;`, `%`, `{# #}`, `REM`) and in formats with no comments at all (a JSON
// key such as "//"). Peers look for their pragma after a comment marker they expect for the
// file type, which is why theirs fail in .env, Markdown, SQL or HTML.
//
// Besides ours, the directives people already have are honoured, so a migrated repository
// stays quiet: gitleaks:allow, detect-secrets' `pragma: allowlist secret` and
// `pragma: allowlist nextline secret`, secretlint's disable-line and disable-next-line.

/** What a directive needs from a finding: its rule and the text of its line and the one before. */
export interface DirectiveSubject {
  ruleId: string;
  lineText?: string;
  prevLineText?: string;
}

// `scan-secrets:allow[-next-line] [rule-id[, rule-id...]] [-- reason]`; the ids end at anything
// that is not an id (a reason, or a comment closer such as `-->` or `*/`).
const OURS = /scan-secrets:allow(-next-line)?(?![\w-])((?:[\t ,]+[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-]))*)/g;
const SAME_LINE = /gitleaks:allow\b|pragma:\s*allowlist\s+secret\b|secretlint-disable-line\b/;
const NEXT_LINE = /pragma:\s*allowlist\s+nextline\s+secret\b|secretlint-disable-next-line\b/;
/** Cheap test before the real parse: most lines with findings carry no directive at all. */
const ANY = /scan-secrets:allow|gitleaks:allow|pragma:|secretlint-disable/;

/** The rules a line's own scan-secrets directive allows ('*' = all), or undefined. */
function ourDirective(line: string, nextLine: boolean): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const m of line.matchAll(OURS)) {
    if (Boolean(m[1]) !== nextLine) continue;
    out ??= new Set();
    const ids = m[2].split(/[\t ,]+/).filter(Boolean);
    if (ids.length === 0) out.add('*');
    for (const id of ids) out.add(id);
  }
  return out;
}

function allows(line: string | undefined, ruleId: string, nextLine: boolean): boolean {
  if (!line || !ANY.test(line)) return false;
  if ((nextLine ? NEXT_LINE : SAME_LINE).test(line)) return true;
  const ids = ourDirective(line, nextLine);
  return ids !== undefined && (ids.has('*') || ids.has(ruleId));
}

/** True when a directive on the finding's line, or an allow-next-line on the line before, allows it. */
export function allowedByDirective(f: DirectiveSubject): boolean {
  return allows(f.lineText, f.ruleId, false) || allows(f.prevLineText, f.ruleId, true);
}

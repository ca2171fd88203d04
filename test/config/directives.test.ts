// Inline directives: each suppresses exactly its own line (or the next one), in every comment
// syntax, proven with the real CLI on a real repository.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedByDirective } from '../../src/engine/directives.ts';
import { Engine } from '../../src/engine/engine.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { TempRepo, findings, githubToken } from '../helpers/temp-repo.ts';

describe('allowedByDirective', () => {
  const f = (lineText: string, prevLineText?: string, ruleId = 'github-pat') => allowedByDirective({ ruleId, lineText, prevLineText });

  it('reads our directive with and without rule ids and a reason', () => {
    expect(f('x = 1 # scan-secrets:allow')).toBe(true);
    expect(f('x = 1 # scan-secrets:allow github-pat -- rotated in 2024')).toBe(true);
    expect(f('x = 1 # scan-secrets:allow aws-access-key-id, github-pat')).toBe(true);
    expect(f('x = 1 # scan-secrets:allow aws-access-key-id -- only the key id')).toBe(false);
    expect(f('x = 1 <!-- scan-secrets:allow github-pat -->')).toBe(true);
    expect(f('x = 1 /* scan-secrets:allow aws-access-key-id */')).toBe(false);
  });

  it('does not take look-alikes for directives', () => {
    expect(f('x = 1 # scan-secrets:allowed')).toBe(false);
    expect(f('x = 1 # scan-secrets:allowance')).toBe(false);
    expect(f('x = 1 # scan-secrets:allow-next-line')).toBe(false);
    expect(f('x = 1 # pragma: allowlist nextline secret')).toBe(false);
    expect(f('x = 1 # secretlint-disable-next-line')).toBe(false);
    expect(f('x = 1', '# scan-secrets:allow')).toBe(false);
    expect(f('x = 1', '# gitleaks:allow')).toBe(false);
  });

  it('reads next-line directives only from the line before', () => {
    expect(f('x = 1', '# scan-secrets:allow-next-line')).toBe(true);
    expect(f('x = 1', '// scan-secrets:allow-next-line github-pat -- test fixture')).toBe(true);
    expect(f('x = 1', '// scan-secrets:allow-next-line slack-bot-token')).toBe(false);
    expect(f('x = 1', '# pragma: allowlist nextline secret')).toBe(true);
    expect(f('x = 1', '// secretlint-disable-next-line')).toBe(true);
    expect(f('x = 1', undefined)).toBe(false);
  });

  it('honours the directives of gitleaks, detect-secrets and secretlint', () => {
    expect(f('x = 1 # gitleaks:allow')).toBe(true);
    expect(f('x = 1 # pragma: allowlist secret')).toBe(true);
    expect(f('x = 1 // secretlint-disable-line')).toBe(true);
  });
});

describe('the previous line on findings', () => {
  const engine = new Engine(builtinRules);
  it('is the file line above, and only when a staged diff holds it', () => {
    const tok = githubToken();
    const whole = engine.scan({ path: 'a', content: `first\n# above\nt = ${tok}\n`, size: 1, origin: { kind: 'file' } });
    expect(whole[0].prevLineText).toBe('# above');
    // Added lines 7 and 8 are adjacent: line 7 is the previous line of line 8.
    const adjacent = engine.scan({ path: 'a', content: `# above\nt = ${tok}`, lineMap: [7, 8], size: 1, origin: { kind: 'staged' } });
    expect(adjacent[0].prevLineText).toBe('# above');
    // Added lines 3 and 8 are not: the file's line 7 is not in the diff, so it is unknown.
    const apart = engine.scan({ path: 'a', content: `# above\nt = ${tok}`, lineMap: [3, 8], size: 1, origin: { kind: 'staged' } });
    expect(apart[0].prevLineText).toBeUndefined();
  });
});

// Each syntax: how a secret sits on a line, and how a comment is written there.
const SYNTAXES: Record<string, { code: (tok: string) => string; comment: (d: string) => string; inline: (code: string, d: string) => string }> = {
  'deploy/values.yaml': { code: (t) => `token: ${t}`, comment: (d) => `# ${d}`, inline: (c, d) => `${c} # ${d}` },
  'deploy/prod.env': { code: (t) => `GITHUB_TOKEN=${t}`, comment: (d) => `# ${d}`, inline: (c, d) => `${c} # ${d}` },
  'docs/setup.md': { code: (t) => `Use \`${t}\` for the demo.`, comment: (d) => `<!-- ${d} -->`, inline: (c, d) => `${c} <!-- ${d} -->` },
  'web/index.html': { code: (t) => `<meta name="token" content="${t}">`, comment: (d) => `<!-- ${d} -->`, inline: (c, d) => `${c}<!-- ${d} -->` },
  '.vscode/settings.jsonc': { code: (t) => `  "github.token": "${t}",`, comment: (d) => `  // ${d}`, inline: (c, d) => `${c} // ${d}` },
  'db/seed.sql': { code: (t) => `INSERT INTO tokens VALUES ('${t}');`, comment: (d) => `-- ${d}`, inline: (c, d) => `${c} -- ${d}` },
  'src/client.ts': { code: (t) => `const token = '${t}';`, comment: (d) => `// ${d}`, inline: (c, d) => `${c} // ${d}` },
  'src/native.c': { code: (t) => `static const char *token = "${t}";`, comment: (d) => `/* ${d} */`, inline: (c, d) => `${c} /* ${d} */` },
  'conf/app.ini': { code: (t) => `token = ${t}`, comment: (d) => `; ${d}`, inline: (c, d) => `${c} ; ${d}` },
  'templates/page.j2': { code: (t) => `{% set token = "${t}" %}`, comment: (d) => `{# ${d} #}`, inline: (c, d) => `${c} {# ${d} #}` },
  'scripts/run.bat': { code: (t) => `set TOKEN=${t}`, comment: (d) => `REM ${d}`, inline: (c, d) => `${c} & REM ${d}` },
  'data/fixture.json': { code: (t) => `  "token": "${t}",`, comment: (d) => `  "//": "${d}",`, inline: (c, d) => `${c} "note": "${d}",` },
};

const SAME_LINE = ['scan-secrets:allow', 'scan-secrets:allow github-pat -- demo token', 'gitleaks:allow', 'pragma: allowlist secret', 'secretlint-disable-line'];
const NEXT_LINE = ['scan-secrets:allow-next-line', 'scan-secrets:allow-next-line github-pat -- demo', 'pragma: allowlist nextline secret', 'secretlint-disable-next-line'];

describe('directives in a real repository', () => {
  const repo = new TempRepo();
  /** file -> the lines that must still be reported */
  const expected = new Map<string, number[]>();
  let reported: Map<string, number[]>;

  beforeAll(() => {
    let n = 0;
    for (const [path, s] of Object.entries(SYNTAXES)) {
      SAME_LINE.forEach((d) => {
        // line 1: allowed by its own directive; line 2: the same kind of secret, no directive.
        const file = path.replace(/(\.[a-z0-9]+)?$/, `.same${n++}$1`);
        repo.write(file, `${s.inline(s.code(githubToken()), d)}\n${s.code(githubToken())}\n`);
        expected.set(file, [2]);
      });
      NEXT_LINE.forEach((d) => {
        // line 1: the directive; line 2: allowed; line 3: not (a directive covers one line).
        const file = path.replace(/(\.[a-z0-9]+)?$/, `.next${n++}$1`);
        repo.write(file, `${s.comment(d)}\n${s.code(githubToken())}\n${s.code(githubToken())}\n`);
        expected.set(file, [3]);
      });
      // A rule id that is not this finding's: nothing is allowed.
      const other = path.replace(/(\.[a-z0-9]+)?$/, `.other${n++}$1`);
      repo.write(other, `${s.inline(s.code(githubToken()), 'scan-secrets:allow aws-access-key-id')}\n${s.comment('scan-secrets:allow-next-line aws-access-key-id')}\n${s.code(githubToken())}\n`);
      expected.set(other, [1, 3]);
    }
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    reported = new Map();
    for (const f of findings(run)) {
      if (f.line === null) continue; // blocked-file findings (.env) are about the file, not a line
      reported.set(f.file, [...(reported.get(f.file) ?? []), f.line].sort((a, b) => a - b));
    }
  });
  afterAll(() => repo.remove());

  it.each(Object.keys(SYNTAXES))('suppress exactly their line in %s', (path) => {
    const stem = path.replace(/(\.[a-z0-9]+)?$/, '');
    const files = [...expected.keys()].filter((f) => f.startsWith(`${stem}.`));
    expect(files.length).toBe(SAME_LINE.length + NEXT_LINE.length + 1);
    for (const file of files) expect(reported.get(file) ?? [], file).toEqual(expected.get(file));
  });

  it('work in a staged scan when the directive line is part of the change', () => {
    const tok = githubToken();
    repo.write('src/new.ts', `export const a = 1;\n// scan-secrets:allow-next-line -- test double\nexport const t = '${tok}';\nexport const u = '${githubToken()}'; // scan-secrets:allow\n`);
    repo.git('add', 'src/new.ts');
    const clean = repo.run(['--staged']);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    repo.write('src/new.ts', `export const a = 1;\n// scan-secrets:allow-next-line -- test double\nexport const t = '${tok}';\nexport const v = '${githubToken()}';\n`);
    repo.git('add', 'src/new.ts');
    const dirty = repo.run(['--staged', '--format', 'json']);
    expect(dirty.code).toBe(1);
    expect(findings(dirty).map((f) => [f.file, f.line])).toEqual([['src/new.ts', 4]]);
  });
});

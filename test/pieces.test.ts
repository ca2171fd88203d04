// A large file given as bytes is decoded and scanned a piece at a time (src/engine/pieces.ts), so
// that no string as large as the file is made. Wherever the cuts fall, the findings must be those
// of a scan of the whole text, field for field and in the same order.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { pieceEnd } from '../src/engine/pieces.ts';
import { activeRules } from '../src/rules/index.ts';
import type { ContentRule, Finding, Rule, Target } from '../src/engine/types.ts';

const rules = activeRules(true);
const contentRules = rules.filter((r): r is ContentRule => r.kind !== 'file');
const examples = contentRules.flatMap((r) => [...r.examples.positive.map((p) => (typeof p === 'string' ? p : p.text)), ...r.examples.negative]);

/** Lines that exercise what the engine reads around a line: nesting, entries, encodings, directives, text that is not ASCII. */
const FILLER = [
  'const total = items.reduce((sum, item) => sum + item.price, 0);',
  '  // café, résumé, 日本語のコメント, 🙂 and a lone ½',
  'datadog:',
  'stripe:',
  '  secret:',
  'env:',
  '- name: DB_PASSWORD',
  '  value: "Tq8vLm3RzX2pWk9yHs4N"',
  '- --password',
  '- "Zr7bQw2Xk9LmTp4VsN8c"',
  '{"note": "first line\\nsecond line \\u0041", "token": "ghp_\\u0041bcdefghijklmnopqrstuvwxyz0123456789"}',
  'redirect=postgres%3A%2F%2Forders%3Ap%2540ssW0rdQ7x%40db.internal%2Forders',
  `DATABASE_URL: ${Buffer.from('postgres://orders:Xk29fLq0Zr7bQw2Xk9@db.prod.internal:5432/orders').toString('base64')}`,
  '{"dsn": "postgres:\\/\\/billing:Rz7bQw2Xk9Xk29fLq0@db.prod.internal\\/billing"}',
  '  password: cDRzc3cwcmQtUTd4LXRoYXQtaXMtbG9uZw==',
  '# scan-secrets:allow-next-line',
  'password = "Xk29fLq0Zr7bQw2Xk9LmTp4V"',
  'machine api.example.org',
  '  login deploy',
  '  password Jm4kPq9sVx2ZtR7w',
  'apiVersion: v1',
  'kind: Secret',
  'current-context: prod',
  '-----BEGIN PRIVATE KEY-----',
  '-----END PRIVATE KEY-----',
  '',
  '   ',
];

/** Bytes that are not valid UTF-8: a cut or a decoder that resynchronises differently shows here. */
const BROKEN = [Buffer.from([0xc3]), Buffer.from([0xff, 0xfe]), Buffer.from([0xe2, 0x82]), Buffer.from([0xf0, 0x9f, 0x99])];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A file of examples, filler, long lines and broken bytes, with LF and CRLF line ends. */
function document(seed: number, lines: number, longLine: number): Buffer {
  const r = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const parts: Buffer[] = [];
  for (let i = 0; i < lines; i++) {
    const x = r();
    let line: string;
    if (x < 0.3) line = pick(examples);
    else if (x < 0.33) line = pick(FILLER).repeat(Math.ceil(longLine / 40));
    else line = pick(FILLER);
    parts.push(Buffer.from(line));
    if (r() < 0.05) parts.push(pick(BROKEN));
    parts.push(Buffer.from(r() < 0.15 ? '\r\n' : '\n'));
  }
  return Buffer.concat(parts);
}

const PATHS = ['src/app.ts', 'deploy/values.yaml', '.env.production', 'config/secrets.json', 'notes/.netrc'];
const target = (path: string, size: number): Target => ({ path, size, origin: { kind: 'file' } });

function whole(engine: Engine, path: string, bytes: Buffer): Finding[] {
  return engine.scanContent({ ...target(path, bytes.length), content: bytes.toString('utf8') });
}

describe('scanning a large file in pieces', () => {
  it('finds exactly what a scan of the whole text finds, wherever the cuts fall', () => {
    const engines = [97, 600, 2500, 9000].map((pieceBytes) => new Engine(rules, { pieceBytes }));
    let findings = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const bytes = document(seed, 300 + (seed % 5) * 150, seed % 3 === 0 ? 12000 : 400);
      const path = PATHS[seed % PATHS.length];
      const expected = whole(engines[0], path, bytes);
      findings += expected.length;
      for (const engine of engines) {
        const got = engine.scanUtf8(target(path, bytes.length), bytes);
        expect(got, `seed ${seed}, pieces of ${engine.options.pieceBytes} bytes, ${path}`).toEqual(expected);
      }
    }
    // The comparison means something only if there was plenty to find, and each way of
    // scanning a piece was taken.
    expect(findings).toBeGreaterThan(500);
    const counts = engines.map((e) => e.pieceCounts);
    expect(new Set(counts.map((c) => c.pieces)).size).toBe(engines.length);
    expect(counts.every((c) => c.pieces > 24)).toBe(true);
    expect(counts.some((c) => c.rest > 0)).toBe(true);
  });

  const entry = 'machine api.example.org\n  login deploy\n  password Jm4kPq9sVx2ZtR7w\n';
  const filler = (n: number) => 'const value = compute(input);\n'.repeat(n); // 30 bytes a line

  it('runs a multiline rule on the pieces after its first keyword, each with some of the next', () => {
    const engine = new Engine(rules, { pieceBytes: 4096 });
    const bytes = Buffer.from(`# runs on the build machine\n${filler(400)}${entry}${filler(100)}`);
    const got = engine.scanUtf8(target('ci/netrc.txt', bytes.length), bytes);
    expect(got).toEqual(whole(engine, 'ci/netrc.txt', bytes));
    expect(got.map((f) => [f.ruleId, f.secret, f.line])).toEqual([['netrc-password', 'Jm4kPq9sVx2ZtR7w', 404]]);
    expect(engine.pieceCounts).toMatchObject({ rest: 0, whole: 0 });
    expect(engine.pieceCounts.pieces).toBeGreaterThan(3);
  });

  it('scans the rest of the file as one piece when a multiline match crosses a cut', () => {
    const engine = new Engine(rules, { pieceBytes: 4096 });
    // 4050 bytes, then the entry: the cut falls after its login line.
    const bytes = Buffer.from(`${filler(135)}${entry}${filler(300)}`);
    expect(pieceEnd(bytes, 0, 4096)).toBe(4050 + 39);
    const got = engine.scanUtf8(target('ci/netrc.txt', bytes.length), bytes);
    expect(got).toEqual(whole(engine, 'ci/netrc.txt', bytes));
    expect(got.map((f) => [f.ruleId, f.secret, f.line])).toEqual([['netrc-password', 'Jm4kPq9sVx2ZtR7w', 138]]);
    expect(engine.pieceCounts).toMatchObject({ pieces: 1, rest: 1, whole: 0 });
  });

  it('gives the line above a piece to a finding on its first line', () => {
    const engine = new Engine(rules, { pieceBytes: 200 });
    const text = `${'x = 1\n'.repeat(28)}# scan-secrets:allow-next-line\npassword = "Xk29fLq0Zr7bQw2Xk9LmTp4V"\n${'y = 2\n'.repeat(40)}`;
    const bytes = Buffer.from(text);
    expect(pieceEnd(bytes, 0, 200)).toBe(text.indexOf('password'));
    const got = engine.scanUtf8(target('app.py', bytes.length), bytes);
    expect(got).toEqual(whole(engine, 'app.py', bytes));
    expect(got[0]).toMatchObject({ line: 30, prevLineText: '# scan-secrets:allow-next-line' });
  });
});

describe('what a scan in pieces must match exactly', () => {
  const filler = (n: number) => 'const value = compute(input);\n'.repeat(n); // 30 bytes a line
  const scan = (engine: Engine, path: string, text: string) => {
    const bytes = Buffer.from(text);
    const got = engine.scanUtf8(target(path, bytes.length), bytes);
    expect(got).toEqual(whole(engine, path, bytes));
    return got;
  };

  it('lets a multiline pattern look behind into the piece before', () => {
    // The user's OCID ends the first piece; the fingerprint, which the pattern accepts only with
    // an OCID within 600 characters, starts the second.
    const user = 'user=ocid1.user.oc1..aaaaaaaavtpjkisarqjkdjblhuaezwcbavfpqfjqbiqswwoemyslqymkbdht\n';
    const text = `${filler(133)}[DEFAULT]\n${user}fingerprint=27:b1:8c:5f:cc:fd:9f:51:15:28:53:e3:bb:f1:88:13\n${filler(200)}`;
    const engine = new Engine(rules, { pieceBytes: 4096 });
    expect(pieceEnd(Buffer.from(text), 0, 4096)).toBe(text.indexOf('fingerprint'));
    const got = scan(engine, 'oci/config', text);
    expect(got.map((f) => [f.ruleId, f.line])).toEqual([['oci-api-key-config', 136]]);
    expect(engine.pieceCounts).toMatchObject({ rest: 0, whole: 0 });
  });

  it('scans the rest of the file as one piece for a multiline rule that declares no reach', () => {
    const block: Rule = {
      id: 'custom-block', title: 'a block', severity: 'high', keywords: ['begin-block'], multiline: true,
      pattern: /begin-block[\s\S]*?end-block (?<secret>[A-Za-z0-9]{20})/, examples: { positive: [], negative: [] },
    };
    const engine = new Engine([block], { pieceBytes: 4096 });
    const got = scan(engine, 'notes.txt', `begin-block\n${filler(600)}end-block Zr7bQw2Xk9LmTp4VsN8c\n${filler(100)}`);
    expect(got.map((f) => [f.ruleId, f.line])).toEqual([['custom-block', 602]]);
    expect(engine.pieceCounts).toMatchObject({ pieces: 1, rest: 1 });
  });

  it('breaks ties between rules in the order the whole file first triggered them', () => {
    // Two rules that report the same span with the same confidence: the one triggered first in
    // the file wins, though the second is triggered first in the piece that holds the match.
    const rule = (id: string, keyword: string): Rule => ({
      id, title: id, severity: 'high', keywords: [keyword], pattern: /tok_(?<secret>[A-Za-z0-9]{20})/,
      examples: { positive: [], negative: [] },
    });
    const engine = new Engine([rule('first', 'alpha'), rule('second', 'beta')], { pieceBytes: 4096 });
    const got = scan(engine, 'a.txt', `alpha\n${filler(200)}beta alpha tok_Zr7bQw2Xk9LmTp4VsN8c\n${filler(10)}`);
    expect(got.map((f) => f.ruleId)).toEqual(['first']);
    expect(engine.pieceCounts.pieces).toBeGreaterThan(1);
  });

  it('orders the decoding pass kind by kind across pieces, as a whole text does', () => {
    const percent = 'redirect=postgres%3A%2F%2Forders%3AXk29fLq0Zr7bQw2Xk9%40db.internal%2Forders\n';
    const json = '{"dsn": "postgres:\\/\\/billing:Rz7bQw2Xk9Xk29fLq0@db.prod.internal\\/billing"}\n';
    const engine = new Engine(rules, { pieceBytes: 4096 });
    const got = scan(engine, 'a.txt', `${percent}${filler(200)}${json}`);
    expect(got.map((f) => f.line)).toEqual([202, 1]);
  });

  it('scans the whole text after all when the decoding pass would stop at its limit', () => {
    const engine = new Engine(rules, { pieceBytes: 4096 });
    scan(engine, 'a.json', '{"a": "x\\ny"}\n'.repeat(5000));
    expect(engine.pieceCounts.whole).toBe(1);
  });
});

describe('the reach of built-in multiline rules', () => {
  it('is declared by every one, so that a large file is never decoded whole for them', () => {
    expect(contentRules.filter((r) => r.multiline).map((r) => [r.id, r.reach !== undefined])).toEqual(
      contentRules.filter((r) => r.multiline).map((r) => [r.id, true]),
    );
  });

  it('holds every match of their examples', () => {
    for (const r of contentRules.filter((x) => x.multiline && x.reach)) {
      const pattern = new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}g`);
      for (const p of r.examples.positive) {
        for (const m of (typeof p === 'string' ? p : p.text).matchAll(pattern)) {
          if (r.reach === 'line') expect(m[0], r.id).not.toContain('\n');
          else expect(m[0].length, r.id).toBeLessThanOrEqual(r.reach!.after);
        }
      }
    }
  });
});

describe('pieceEnd', () => {
  const lines = (n: number, line: string) => `${line}\n`.repeat(n);

  it('cuts just after the last newline within the piece', () => {
    const bytes = Buffer.from(lines(100, 'abcdefghi'));
    expect(pieceEnd(bytes, 0, 95)).toBe(90);
    expect(pieceEnd(bytes, 90, 95)).toBe(180);
    expect(pieceEnd(bytes, 950, 95)).toBe(1000);
  });

  it('makes a line longer than a piece a piece of its own', () => {
    const bytes = Buffer.from(`ab\n${'x'.repeat(500)}\ncd\n`);
    expect(pieceEnd(bytes, 0, 100)).toBe(3);
    expect(pieceEnd(bytes, 3, 100)).toBe(504);
  });

  it('never cuts where a line above reaches the lines below it', () => {
    const head = lines(8, 'abcdefghi'); // 80 bytes
    for (const [reaching, below] of [
      ['datadog:', 3],
      ['stripe:  \r', 3],
      ['- name: DB_PASSWORD', 1],
      ["  - '--api-key'", 1],
    ] as const) {
      const bytes = Buffer.from(`${head}${reaching}\n${lines(20, 'abcdefghi')}`);
      const cut = pieceEnd(bytes, 0, head.length + reaching.length + 1);
      expect(cut, reaching).toBe(head.length + reaching.length + 1 + 10 * below);
    }
  });

  it('holds at least the bytes asked for', () => {
    const bytes = Buffer.from(`ab\n${'x'.repeat(500)}\ncd\n${lines(50, 'abcdefghi')}`);
    expect(pieceEnd(bytes, 0, 100, 200)).toBe(504);
    expect(pieceEnd(bytes, 504, 100, 200)).toBe(707);
  });
});

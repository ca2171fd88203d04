// The decoding layer: decodeSegments on its own, then the engine's decoding pass end to end.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeSegments } from '../src/engine/decode.ts';
import { Engine } from '../src/engine/engine.ts';
import { builtinRules } from '../src/rules/index.ts';
import type { Target } from '../src/engine/types.ts';

const engine = new Engine(builtinRules);
const target = (content: string, path = 'example.txt'): Target => ({ path, content, size: content.length, origin: { kind: 'file' } });
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** A password that passes every placeholder filter: random, alphanumeric. */
const password = () => `Q${randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '')}7`;
const pem = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** 1-based line and column of offset in text. */
const at = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
};

describe('decodeSegments', () => {
  it('yields nothing for text without encodings', () => {
    const code = 'export function add(a: number, b: number) {\n  return a + b; // 100% sure\n}\nconst url = "https://example.org/a/b";\n';
    expect([...decodeSegments(code)]).toEqual([]);
  });

  it('unescapes JSON strings and maps every decoded character back to its escape', () => {
    const text = '{"note": "line one\\nline two \\u0041\\"q\\"", "plain": "nothing here"}';
    const segs = [...decodeSegments(text)];
    expect(segs).toHaveLength(1);
    const [s] = segs;
    expect(s.kind).toBe('json-escape');
    expect(s.text).toBe('line one\nline two A"q"');
    expect(text.slice(s.offset, s.offset + s.length)).toBe('line one\\nline two \\u0041\\"q\\"');
    expect(s.locate!(s.text.indexOf('\n'))).toBe(text.indexOf('\\n'));
    expect(s.locate!(s.text.indexOf('A'))).toBe(text.indexOf('\\u0041'));
    expect(s.locate!(s.text.indexOf('two'))).toBe(text.indexOf('two'));
    expect(s.locate!(s.text.length)).toBe(s.offset + s.length);
  });

  it('ignores strings whose only escape is a trailing newline (notebook sources)', () => {
    expect([...decodeSegments('{"source": ["import os\\n", "print(1)\\n"]}')]).toEqual([]);
  });

  it('percent-decodes URL tokens and keeps the encoded span', () => {
    const text = 'next=https%3A%2F%2Fapp.corp%2Fhome&x=1 other words';
    const [s] = [...decodeSegments(text)];
    expect(s.kind).toBe('percent');
    expect(s.text).toBe('next=https://app.corp/home&x=1');
    expect(text.slice(s.offset, s.offset + s.length)).toBe('next=https%3A%2F%2Fapp.corp%2Fhome&x=1');
    expect(s.locate!(s.text.indexOf('//'))).toBe(text.indexOf('%2F'));
  });

  it('decodes base64 values in assignments only when they decode to printable text', () => {
    const pw = password();
    const text = `data:\n  password: ${b64(pw)}\n  blob: ${randomBytes(30).toString('base64')}\n  name: ${'a'.repeat(30)}\n`;
    const segs = [...decodeSegments(text)];
    expect(segs.map((s) => s.text)).toEqual([`password: ${pw}`]);
    expect(text.slice(segs[0].offset, segs[0].offset + segs[0].length)).toBe(b64(pw));
    expect(segs[0].locate).toBeUndefined();
  });

  it('decodes two levels deep and places inner segments on the outer encoded text', () => {
    const sa = JSON.stringify({ type: 'service_account', private_key: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n' });
    const encoded = b64(sa);
    const text = `data:\n  key.json: ${encoded}\n`;
    const segs = [...decodeSegments(text)];
    expect(segs.map((s) => [s.kind, s.depth])).toEqual([['base64', 1], ['json-escape', 2]]);
    expect(segs[1].text).toContain('-----BEGIN PRIVATE KEY-----\nMIIB\n');
    for (const s of segs) expect(text.slice(s.offset, s.offset + s.length)).toBe(encoded);
    expect([...decodeSegments(text, { maxDepth: 1 })]).toHaveLength(1);
  });

  it('bounds the size of base64 values it decodes', () => {
    const text = `blob: ${b64('x'.repeat(20) + 'hello world '.repeat(2000))}\n`;
    expect([...decodeSegments(text)]).toEqual([]);
    expect([...decodeSegments(text, { maxBase64Length: 100000 })]).toHaveLength(1);
  });
});

describe('engine decoding pass', () => {
  it('reports a base64 password in a Kubernetes Secret at the encoded value', () => {
    const pw = password();
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders\ntype: Opaque\ndata:\n  username: b3JkZXJz\n  password: ${b64(pw)}\n`;
    const found = engine.scan(target(text, 'k8s/secret.yaml'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'kubernetes-secret-data', secret: b64(pw), ...at(text, text.indexOf(b64(pw))) });
  });

  it('finds a connection URL hidden in a base64 Secret value and reports it on the encoded text', () => {
    const pw = password();
    const url = `postgres://orders:${pw}@db.prod.internal:5432/orders`;
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  DATABASE_URL: ${b64(url)}\n`;
    const found = engine.scan(target(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'database-url-password', secret: pw, ...at(text, text.indexOf(b64(url))) });
    expect(found[0].endColumn! - found[0].column!).toBe(b64(url).length);
  });

  it('reports a service-account private key with \\n escapes once, as the raw pass found it', () => {
    const key = pem();
    const text = `{\n  "type": "service_account",\n  "project_id": "billing-prod",\n  "private_key": ${JSON.stringify(key)},\n  "client_email": "ci@billing-prod.iam.gserviceaccount.com"\n}\n`;
    const found = engine.scanContent(target(text, 'sa.json'));
    expect(found.map((f) => f.ruleId)).toEqual(['private-key']);
    expect(found[0].line).toBe(4);
  });

  it('finds a private key escaped twice (JSON inside a JSON string), placed on the encoded key', () => {
    const inner = JSON.stringify({ type: 'service_account', private_key: pem() });
    const text = `{"name": "gcp-sa", "value": ${JSON.stringify(inner)}}\n`;
    const found = engine.scan(target(text));
    expect(found.map((f) => f.ruleId)).toEqual(['private-key']);
    expect(found[0].secret).toContain('-----BEGIN PRIVATE KEY-----\\nMI');
    expect(found[0]).toMatchObject(at(text, text.indexOf('-----BEGIN')));
  });

  it('finds a service-account key inside a base64 Secret value (base64 -> JSON escapes)', () => {
    const sa = JSON.stringify({ type: 'service_account', private_key: pem() });
    const encoded = b64(sa);
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  key.json: ${encoded}\n`;
    const found = engine.scan(target(text));
    expect(found.map((f) => f.ruleId)).toEqual(['private-key']);
    expect(found[0]).toMatchObject(at(text, text.indexOf(encoded)));
  });

  it('reports a percent-encoded URL password at the encoded text', () => {
    const pw = password();
    const encodedUrl = encodeURIComponent(`postgresql://report:${pw}@warehouse.internal:5432/dw`);
    const text = `# login redirect\nREDIRECT=https://sso.corp/login?next=${encodedUrl}\n`;
    const found = engine.scan(target(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'database-url-password', secret: pw, line: 2 });
    // the finding covers the encoded password: %3A before it, %40 after it
    const offset = text.indexOf('\n') + found[0].column!;
    expect(text.slice(offset - 3, offset)).toBe('%3A');
    expect(text.slice(offset + pw.length, offset + pw.length + 3)).toBe('%40');
    expect(found[0].lineText).toBe(`REDIRECT=https://sso.corp/login?next=${encodedUrl}`);
  });

  it('keeps the raw finding when the password itself is percent-encoded', () => {
    const tail = password();
    const text = `DATABASE_URL=postgres://app:S%40${tail}@db.internal:5432/app\n`;
    const found = engine.scan(target(text));
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([['database-url-password', `S%40${tail}`]]);
  });

  it('maps decoded findings through lineMap for diff scans', () => {
    const pw = password();
    const text = `  password: ${b64(pw)}\n`;
    const found = engine.scan({ ...target(`apiVersion: v1\nkind: Secret\ndata:\n${text}`), lineMap: [10, 11, 12, 13] });
    expect(found.map((f) => f.line)).toEqual([13]);
  });
});

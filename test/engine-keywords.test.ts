// How keywords choose the rules and lines the engine runs: a rule runs only on lines holding
// one of its keywords, and a file keyword (ContentRule.fileKeywords) only in the files its gate
// admits.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { defineRule } from '../src/rules/lib/define.ts';

const rule = defineRule({
  id: 'test-kv',
  title: 'test',
  severity: 'high',
  keywords: ['zz'],
  fileKeywords: { keywords: ['='], files: (path) => path.endsWith('.env') },
  pattern: /(?<secret>[A-Z]{6,})/,
  skipPlaceholderFilter: true,
  examples: { positive: [], negative: [] },
});
const engine = new Engine([rule]);
const scan = (path: string, content: string) =>
  engine.scan({ path, content, size: content.length, origin: { kind: 'file' } }).map((f) => `${f.line}:${f.secret}`);

describe('keywords', () => {
  it('run a rule only on the lines that hold one', () => {
    expect(scan('a.txt', 'ABCDEFG\nzz ABCDEFH\nABCDEFI zz\n')).toEqual(['2:ABCDEFH', '3:ABCDEFI']);
  });
  it('a file keyword triggers the rule in admitted files only', () => {
    expect(scan('a.txt', 'K=ABCDEFG\nzz=ABCDEFH\n')).toEqual(['2:ABCDEFH']);
    expect(scan('prod.env', 'K=ABCDEFG\nzz=ABCDEFH\nABCDEFI\n')).toEqual(['1:ABCDEFG', '2:ABCDEFH']);
  });
  it('one engine alternates between admitted and other files', () => {
    for (let i = 0; i < 3; i++) {
      expect(scan('.env', 'K=ABCDEFG')).toEqual(['1:ABCDEFG']);
      expect(scan('x.md', 'K=ABCDEFG')).toEqual([]);
    }
  });
  it('a keyword line that ends in a colon (a YAML parent key) also gives the rule the three lines below it', () => {
    expect(scan('a.yaml', 'zz: \n  ABCDEFG\n  ABCDEFH\n  ABCDEFI\n  ABCDEFJ\n')).toEqual(['2:ABCDEFG', '3:ABCDEFH', '4:ABCDEFI']);
    expect(scan('a.yaml', 'zz: x\n  ABCDEFG\n')).toEqual([]);
  });
});

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
  it('a keyword line that names a value held by the next line also gives the rule that line, and only that one', () => {
    // A name/value entry (Kubernetes, ECS, CloudFormation, Terraform) and a flag alone in a YAML list of arguments.
    expect(scan('a.yaml', '- name: zz_x\n  value: ABCDEFG\n  ABCDEFH\n')).toEqual(['2:ABCDEFG']);
    expect(scan('a.json', '{\n  "Name": "zz",\n  "Value": "ABCDEFG"\n}\n')).toEqual(['3:ABCDEFG']);
    expect(scan('a.tf', '{ name = "zz",\n  value = "ABCDEFG" }\n')).toEqual(['2:ABCDEFG']);
    expect(scan('a.yaml', 'args:\n  - --zz\n  - ABCDEFG\n  - ABCDEFH\n')).toEqual(['3:ABCDEFG']);
    // Not when the line holds more than the name, or is not an entry's name.
    expect(scan('a.yaml', '- name: zz_x # ABCDEFG\n  value: ABCDEFH\n')).toEqual(['1:ABCDEFG']);
    expect(scan('a.yaml', 'title: zz\n  ABCDEFG\n')).toEqual([]);
    expect(scan('a.yaml', '- zz --flag\n  - ABCDEFG\n')).toEqual([]);
  });
});

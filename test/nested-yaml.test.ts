// A provider's key nested under its YAML parent key (`datadog:` / `  api_key: ...`) is found,
// whichever of the three context helpers built the rule; what is nested but names no key is not.
// The engine gives the rules a parent key's keywords trigger the lines below it too.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { activeRules } from '../src/rules/index.ts';

const engine = new Engine(activeRules(false));
const found = (content: string) =>
  engine.scan({ path: 'values.yaml', content, size: content.length, origin: { kind: 'file' } }).map((f) => `${f.ruleId}@${f.line}: ${f.secret}`);

// Generated for these tests (random, valid nowhere).
const HEX32 = '0e1b5229540cc110c46983669062a007';
const HEX40 = 'a3f1c9e0b7d24c6e8f01b2c3d4e5f60718293a4b';
const ALNUM32 = '6nXyk0v3PqLwZ8sT1uR4mB7cD9eF2gH5';

describe('keys nested under the provider', () => {
  it.each([
    ['assignedAfter (datadog)', `datadog:\n  api_key: ${HEX32}\n`, `datadog-api-key@2: ${HEX32}`],
    ['namedValue (mistral), quoted, in a list item', `mistral:\n  - apiKey: "${ALNUM32}"\n`, `mistral-api-key@2: ${ALNUM32}`],
    ['assignment with labels (gitea)', `gitea:\n  url: https://git.example.test\n  token: ${HEX40}\n`, `gitea-access-token@3: ${HEX40}`],
  ])('%s', (_name, yaml, want) => {
    expect(found(yaml)).toContain(want);
  });

  it('only in the few lines under the parent key, and only under a key that names one', () => {
    expect(found(`datadog:\n  site: datadoghq.eu\n  trace_id: ${HEX32}\n`)).toEqual([]);
    expect(found(`datadog:\n  a: 1\n  b: 2\n  c: 3\n  d: 4\n  api_key: ${HEX32}\n`).filter((f) => f.startsWith('datadog'))).toEqual([]);
    expect(found(`datadog: enabled\napi_key_note: ${HEX32}\n`).filter((f) => f.startsWith('datadog'))).toEqual([]);
  });
});

import { defineRule, ROTATE } from '../lib/define.ts';

// Rails secret_key_base: 128 hex characters (rails secret), in secrets.yml, credentials dumps
// or the SECRET_KEY_BASE environment variable.
export default [
  defineRule({
    id: 'rails-secret-key-base',
    title: 'Rails secret_key_base',
    severity: 'high',
    keywords: ['secret_key_base'],
    pattern: /secret_key_base["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?<secret>[a-f0-9]{128})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Generate a new one with \`bin/rails secret\`, keep it in encrypted credentials or the environment; existing sessions and signed cookies become invalid.`,
    examples: {
      positive: [
        { text: 'production:\n  secret_key_base: 9e51ab0bf70827f457c4ce3c151affa8f488c9cecde7fa7a4b1f87bea270f4cc52feba537f0470a6730122ab1ee1e2718b17f7cf9f5e229ae5c82771c973d719', secret: '9e51ab0bf70827f457c4ce3c151affa8f488c9cecde7fa7a4b1f87bea270f4cc52feba537f0470a6730122ab1ee1e2718b17f7cf9f5e229ae5c82771c973d719' },
        { text: 'SECRET_KEY_BASE=58727995bf44e68a54c15edc249b168e07ae771c5fc7c0715925556f1fa8a196f6157fdcdc0904eb85d0761b6916d805ecb88a70d4a904979c6d020be8032cc3', secret: '58727995bf44e68a54c15edc249b168e07ae771c5fc7c0715925556f1fa8a196f6157fdcdc0904eb85d0761b6916d805ecb88a70d4a904979c6d020be8032cc3' },
      ],
      negative: ['  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', 'SECRET_KEY_BASE=6d531ffaa9a35bad2f39f8b4869904193a6df4762443b21843291a6ab0f60a61'],
    },
  }),
];

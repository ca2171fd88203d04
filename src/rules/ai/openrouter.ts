import { defineRule, ROTATE } from '../lib/define.ts';

// OpenRouter API keys: sk-or-v1- + 64 lowercase hex.
export default [
  defineRule({
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    severity: 'high',
    keywords: ['sk-or-v1-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 3.3,
    remediation: `${ROTATE} Delete it at https://openrouter.ai/settings/keys.`,
    examples: {
      positive: [
        { text: 'OPENROUTER_API_KEY=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', secret: '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' },
        { text: 'const OPENROUTER_API_KEY = "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";', secret: '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' },
      ],
      negative: ['OPENROUTER_API_KEY=sk-or-v1-your_key_here', '"api_key": "sk-or-v1-033e610efdf24e0d5910566f1ba66ed3148e2835da7e94bc"'],
    },
  }),
];

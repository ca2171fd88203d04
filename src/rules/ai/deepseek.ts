import { defineRule, ROTATE } from '../lib/define.ts';

// DeepSeek API keys: sk- + 32 lowercase hex. The sk- prefix is shared with many vendors (and
// OpenAI keys are sk- + 48 with a marker), so the DeepSeek name must be on the same line
// (a variable name, a base_url pointing at api.deepseek.com).
export default [
  defineRule({
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    severity: 'high',
    keywords: ['deepseek'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.0,
    remediation: `${ROTATE} Revoke it at https://platform.deepseek.com/api_keys.`,
    examples: {
      positive: [
        { text: 'DEEPSEEK_API_KEY=sk-907382df1bfe8e3a2a81e27dc004e1a3', secret: 'sk-907382df1bfe8e3a2a81e27dc004e1a3' },
        { text: 'client = OpenAI(api_key="sk-eca7b4af3277a8185627f8122bbd0a64", base_url="https://api.deepseek.com")', secret: 'sk-eca7b4af3277a8185627f8122bbd0a64' },
      ],
      negative: [
        'DEEPSEEK_API_KEY=sk-...',
        'DEEPSEEK_API_KEY=sk-25bf7ee64a68e4f250ec38e2b71d72735ed22b0426bf34bf',
        'OPENAI_API_KEY=sk-7f855a94b8dded6e773bcced6f60b936',
      ],
    },
  }),
];

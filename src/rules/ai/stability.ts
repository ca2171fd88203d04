import { defineRule, ROTATE } from '../lib/define.ts';

// Stability AI keys: sk- + 48 alphanumerics, the same outer shape as many vendors' keys, so
// the Stability name must be on the line. (An OpenAI key, with its T3BlbkFJ marker, is left
// to the OpenAI rule.)
export default [
  defineRule({
    id: 'stability-api-key',
    title: 'Stability AI API key',
    severity: 'high',
    keywords: ['stability'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?![A-Za-z0-9]{20}T3BlbkFJ)[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it at https://platform.stability.ai/account/keys.`,
    examples: {
      positive: [
        { text: 'STABILITY_API_KEY=sk-dsyRckTgjObQ8CWVuBJ9o5Nte1DyQILj53Jf3kEhk7lw6CJs', secret: 'sk-dsyRckTgjObQ8CWVuBJ9o5Nte1DyQILj53Jf3kEhk7lw6CJs' },
        { text: 'stability_api = client.StabilityInference(key="sk-meU4cM8WYkIejYN2JHYV6TH26W86d7uFFqSE1tYJZV3oZUV0")', secret: 'sk-meU4cM8WYkIejYN2JHYV6TH26W86d7uFFqSE1tYJZV3oZUV0' },
      ],
      negative: ['STABILITY_API_KEY=sk-...', 'STABILITY_API_KEY=sk-3uhTFylojQ6sJlXDjKVs9yfZhOvS4YWH', 'stability: 0.85, key: "sk-8vKjUyfFk23CyqxJH7VXfjQwV2ojQPYFMTj6KHp1"'],
    },
  }),
];

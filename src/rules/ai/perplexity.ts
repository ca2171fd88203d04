import { defineRule, ROTATE } from '../lib/define.ts';

// Perplexity API keys: pplx- + 48 alphanumerics.
export default [
  defineRule({
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    severity: 'high',
    keywords: ['pplx-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it at https://www.perplexity.ai/settings/api.`,
    examples: {
      positive: [
        { text: 'PERPLEXITY_API_KEY="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"', secret: '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' },
        { text: 'client = OpenAI(api_key="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", base_url="https://api.perplexity.ai")', secret: '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' },
      ],
      negative: ["model = 'pplx-70b-chat'", 'PERPLEXITY_API_KEY=pplx-test-api-key-12345', '<img src="https://r2cdn.perplexity.ai/pplx-full-logo-primary-dark%402x.png">'],
    },
  }),
];

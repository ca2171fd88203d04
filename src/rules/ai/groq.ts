import { defineRule, ROTATE } from '../lib/define.ts';
import { hasCountingRun } from '../lib/encoding.ts';

// Groq API keys: gsk_ + 52 alphanumerics. Issued keys carry `WGdyb3FY` (base64 of "XgroqX")
// after the first 20 characters, the same way OpenAI keys carry T3BlbkFJ: that is the proof.
// A body with a counting run (abcdef..., 123456...) is a hand-typed stand-in, never a key.
export default [
  defineRule({
    id: 'groq-api-key',
    title: 'Groq API key',
    severity: 'high',
    keywords: ['gsk_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/,
    validate: (secret) => {
      if (hasCountingRun(secret.slice(4))) return false;
      return secret.slice(24, 32) === 'WGdyb3FY' ? true : undefined;
    },
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it at https://console.groq.com/keys.`,
    examples: {
      positive: [
        { text: 'GROQ_API_KEY=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', secret: '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' },
        { text: 'client = Groq(api_key="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")', secret: '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' },
        { text: 'export const groqKey = "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";', secret: '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' },
      ],
      negative: [
        'GROQ_API_KEY=gsk_abcdefghijABCDEFGHIJ1234567890abcdefghijABCDEFGHIJ12',
        'GROQ_API_KEY=gsk_AEC9f5q0rqLV42pZPZyAlLg1Zzyh9xPlCdOK7LQA',
        'export GROQ_API_KEY="gsk_..."',
      ],
    },
  }),
];

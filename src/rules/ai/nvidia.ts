import { defineRule, ROTATE } from '../lib/define.ts';

// NVIDIA API catalog / NGC keys: nvapi- + 64 base64url characters.
export default [
  defineRule({
    id: 'nvidia-api-key',
    title: 'NVIDIA API key',
    severity: 'high',
    keywords: ['nvapi-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it in your NVIDIA account (build.nvidia.com or NGC, API Keys).`,
    examples: {
      positive: [
        { text: 'NVIDIA_API_KEY=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', secret: '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' },
        { text: 'client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="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")', secret: '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' },
      ],
      negative: ["apiKey: 'nvapi-test123'", 'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
];

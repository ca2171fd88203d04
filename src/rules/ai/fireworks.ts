import { defineRule, ROTATE } from '../lib/define.ts';

// Fireworks AI API keys: fw_ + 24 alphanumerics. A short prefix: medium confidence.
export default [
  defineRule({
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    severity: 'high',
    keywords: ['fw_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>fw_[A-Za-z0-9]{24})(?![A-Za-z0-9_])/,
    confidence: 'medium',
    minEntropy: 3.5,
    remediation: `${ROTATE} Delete it at https://fireworks.ai/account/api-keys.`,
    examples: {
      positive: [
        { text: 'export FIREWORKS_API_KEY="fw_mVyP6S3aCPEFaq4LYKR63MxY"', secret: 'fw_mVyP6S3aCPEFaq4LYKR63MxY' },
        { text: 'llm = Fireworks(api_key="fw_Q4bgrjU0KWpsodCfG0T3qYk0")', secret: 'fw_Q4bgrjU0KWpsodCfG0T3qYk0' },
      ],
      negative: ['export FIREWORKS_API_KEY="fw_..."', 'fireworks_api_key="fw_api_key"', 'fw_version = "fw_20240611_release"'],
    },
  }),
];

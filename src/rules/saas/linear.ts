import { defineRule, ROTATE } from '../lib/define.ts';

// Linear personal API keys (lin_api_ + 40 alphanumerics) and OAuth access tokens (lin_oauth_ + 64 hex).
const REVOKE = `${ROTATE} Revoke it in Linear under Settings > Security & access > Personal API keys.`;

export default [
  defineRule({
    id: 'linear-api-key',
    title: 'Linear API key',
    severity: 'high',
    keywords: ['lin_api_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'LINEAR_API_KEY=lin_api_s5YahsL2cCL9l5ukbS2MAmHxpdxQjDc8BakUowHJ', secret: 'lin_api_s5YahsL2cCL9l5ukbS2MAmHxpdxQjDc8BakUowHJ' },
        { text: 'new LinearClient({ apiKey: "lin_api_ozlb8IT5YJAfJ4KXEyETp5Ql5UU7Iz27INvCGQzz" })', secret: 'lin_api_ozlb8IT5YJAfJ4KXEyETp5Ql5UU7Iz27INvCGQzz' },
      ],
      negative: ['LINEAR_API_KEY=lin_api_1Bw8qW7ENYUhDlfwCeDJJpXiUEvoeFAU', 'LINEAR_API_KEY=lin_api_<key>'],
    },
  }),
  defineRule({
    id: 'linear-oauth-token',
    title: 'Linear OAuth access token',
    severity: 'high',
    keywords: ['lin_oauth_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'token = "lin_oauth_d0b7c51b7062fcf066e6c550fb7430107d18709bef18a3d9d6d30bee7204b2da"', secret: 'lin_oauth_d0b7c51b7062fcf066e6c550fb7430107d18709bef18a3d9d6d30bee7204b2da' },
        { text: 'Authorization: Bearer lin_oauth_9cbc4d2a6c1292dff3ab3e640d8483e4220bfa908e3839f05e3ad90ba963580e', secret: 'lin_oauth_9cbc4d2a6c1292dff3ab3e640d8483e4220bfa908e3839f05e3ad90ba963580e' },
      ],
      negative: ['lin_oauth_114aacd445a41c6eef29c83706d5def2bec9314a', 'lin_oauth_3LXLMMIWQD133APD6RT1JGEF36REY0F0BA8WYWSUXYVE9BBSSIIBEQXQF2SRDLB9'],
    },
  }),
];

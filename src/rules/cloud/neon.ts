import { defineRule, ROTATE } from '../lib/define.ts';

// Neon API keys: napi_ + 64 lower-case alphanumerics.
export default [
  defineRule({
    id: 'neon-api-key',
    title: 'Neon API key',
    severity: 'critical',
    keywords: ['napi_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>napi_[a-z0-9]{64})(?![A-Za-z0-9_])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it under Account settings > API keys in the Neon console.`,
    examples: {
      positive: [
        { text: 'NEON_API_KEY=napi_d83d7x2v4r0yuk02144q34ihgpt6hmj9mah9uztux817nodyxwi6xf3u1tcchl5m', secret: 'napi_d83d7x2v4r0yuk02144q34ihgpt6hmj9mah9uztux817nodyxwi6xf3u1tcchl5m' },
        { text: 'Authorization: Bearer napi_a3cb36jtmkij36u744ym095garl2xsinpmx08rixzjxcciyeg7jcyyoy0ce8qopa', secret: 'napi_a3cb36jtmkij36u744ym095garl2xsinpmx08rixzjxcciyeg7jcyyoy0ce8qopa' },
      ],
      negative: ['NEON_API_KEY=napi_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '#include "napi_avcall_state.h"', 'napi_j4dgyg68hpuw1wed5wxxkukvkrfhccre94mve2e6'],
    },
  }),
];

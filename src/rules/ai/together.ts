import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';
import { isBase64OfLength } from '../lib/encoding.ts';

// Together AI: current keys are tgp_v1_ + the base64url encoding of 32 random bytes
// (43 characters, canonical); older keys are 64 lowercase hex characters with no prefix.
const REVOKE = `${ROTATE} Revoke it at https://api.together.ai/settings/api-keys.`;

export default [
  defineRule({
    id: 'together-api-key',
    title: 'Together AI API key',
    severity: 'high',
    keywords: ['tgp_v1_'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    validate: (secret) => isBase64OfLength(secret.slice(7), 32, 'url'),
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'TOGETHER_API_KEY=tgp_v1_ZnUKanqjkgeEGiYOv1X16bz6C64S6hrQOSzpEakGKh0', secret: 'tgp_v1_ZnUKanqjkgeEGiYOv1X16bz6C64S6hrQOSzpEakGKh0' },
        { text: 'client = Together(api_key="tgp_v1__0_UU0kxFJ6I25huYu1Le04We54y-uphQf1UDNi66e0")', secret: 'tgp_v1__0_UU0kxFJ6I25huYu1Le04We54y-uphQf1UDNi66e0' },
      ],
      negative: [
        // 43 characters that are not the canonical encoding of 32 bytes
        'TOGETHER_API_KEY=tgp_v1_ZLNa6rTeiJ3l7vVVqsLyt-Zcv5wMtEV2xPxRoCsDabZ',
        "'tgp_v1_' + 'j'*40",
      ],
    },
  }),
  defineRule({
    id: 'together-legacy-api-key',
    title: 'Together AI API key (legacy hex)',
    severity: 'high',
    keywords: ['together'],
    pattern: namedValue('together', '[a-f0-9]{64}'),
    minEntropy: 3.2,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'TOGETHER_API_KEY=6834d9fb83de99fb890809f0b7821126054d37b3e82f2fba54f9b623af3c4f53', secret: '6834d9fb83de99fb890809f0b7821126054d37b3e82f2fba54f9b623af3c4f53' },
        { text: 'together.api_key = "10c61447ec291061f553c2703679b6a90a5cd50b71b560abc4aa31d81feaf4d0"', secret: '10c61447ec291061f553c2703679b6a90a5cd50b71b560abc4aa31d81feaf4d0' },
      ],
      negative: ['TOGETHER_API_KEY=92c8d4bcc19f373eda1e876517fdc959848f5209', 'together_model = "meta-llama/Llama-3-70b-chat-hf"'],
    },
  }),
];

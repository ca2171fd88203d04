import { defineRule, ROTATE } from '../lib/define.ts';

// Modal API tokens come as a pair: a token id (ak- + 22) and a token secret (as- + 22
// alphanumerics). The secret is the credential; its prefix is too short to stand alone.
export default [
  defineRule({
    id: 'modal-token-secret',
    title: 'Modal token secret',
    severity: 'high',
    keywords: ['modal', 'token_secret'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>as-[A-Za-z0-9]{22})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.4,
    remediation: `${ROTATE} Revoke it at https://modal.com/settings/tokens.`,
    examples: {
      positive: [
        { text: 'MODAL_TOKEN_SECRET=as-LQgjGPVqzgSoyzcB0YLkQe', secret: 'as-LQgjGPVqzgSoyzcB0YLkQe' },
        { text: 'token_secret = "as-rK9wVz3Tjc6weHxUWdCwvl"', secret: 'as-rK9wVz3Tjc6weHxUWdCwvl' },
      ],
      negative: ['MODAL_TOKEN_SECRET=as-xxxxx', 'MODAL_TOKEN_ID=ak-8HNbVDCgMLslRTepER6roe', 'modal deploy --name as-03h0ecz3nt'],
    },
  }),
];

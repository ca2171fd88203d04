import { defineRule, ROTATE } from '../lib/define.ts';

// Buildkite user API access tokens: bkua_ + 40 hex.
export default [
  defineRule({
    id: 'buildkite-api-token',
    title: 'Buildkite API access token',
    severity: 'critical',
    keywords: ['bkua_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it under Personal Settings > API Access Tokens in Buildkite.`,
    examples: {
      positive: [
        { text: 'BUILDKITE_API_TOKEN=bkua_6be65b33410be7240f8f84e65e5502bb2c4630a4', secret: 'bkua_6be65b33410be7240f8f84e65e5502bb2c4630a4' },
        { text: 'Authorization: Bearer bkua_9e352de954d26e13f47e919db7f1e70dc51a23ca', secret: 'bkua_9e352de954d26e13f47e919db7f1e70dc51a23ca' },
      ],
      negative: ['BUILDKITE_API_TOKEN=bkua_...', 'bkua_3052f983dd63a68b784c444b2438cd64', 'bkua_97D072F8A51C519D58EDED7229E1564CFC8D7D7A'],
    },
  }),
];

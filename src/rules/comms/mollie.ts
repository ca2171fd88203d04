import { defineRule, ROTATE } from '../lib/define.ts';

// Mollie API keys: live_ or test_ + 30 alphanumerics. The prefixes are generic, so Mollie must
// be named on the line.
export default [
  defineRule({
    id: 'mollie-api-key',
    title: 'Mollie API key',
    severity: 'critical',
    keywords: ['mollie'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:live|test)_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.6,
    remediation: `${ROTATE} Reset it at https://my.mollie.com/dashboard/developers/api-keys.`,
    examples: {
      positive: [
        { text: 'MOLLIE_API_KEY=live_2MGRtSbzIL45LzGMEbIvKqD3oUbJOe', secret: 'live_2MGRtSbzIL45LzGMEbIvKqD3oUbJOe' },
        { text: "mollie_client.set_api_key('test_5lotbqH1gD0GyOCMf0mCipfYE0TUyD')", secret: 'test_5lotbqH1gD0GyOCMf0mCipfYE0TUyD' },
      ],
      negative: ['MOLLIE_API_KEY=live_xxxxx', '# MOLLIE_API_KEY=test_xxxxx (test mode)'],
    },
  }),
];

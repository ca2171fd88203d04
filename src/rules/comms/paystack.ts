import { defineRule, ROTATE } from '../lib/define.ts';

// Paystack secret keys: sk_live_ / sk_test_ + 40 lowercase hex (the Stripe rules step aside
// for exactly this shape). Public keys (pk_) are not reported.
export default [
  defineRule({
    id: 'paystack-secret-key',
    title: 'Paystack secret key',
    severity: 'critical',
    keywords: ['sk_live_', 'sk_test_'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk_(?:live|test)_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.0,
    remediation: `${ROTATE} Generate new keys at https://dashboard.paystack.com/#/settings/developers.`,
    examples: {
      positive: [
        { text: 'PAYSTACK_SECRET_KEY=sk_live_5c9572883649b8a6c8935f46e71a3c4a2b6e3241', secret: 'sk_live_5c9572883649b8a6c8935f46e71a3c4a2b6e3241' },
        { text: "const paystack = require('paystack')('sk_test_3616cfa4842ac8cfe695a4700a0b4ddf2ed38279');", secret: 'sk_test_3616cfa4842ac8cfe695a4700a0b4ddf2ed38279' },
      ],
      negative: ['PAYSTACK_PUBLIC_KEY=pk_live_1ec481047abf813e748761e83e7fd7c3b6ad3067', 'PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
];

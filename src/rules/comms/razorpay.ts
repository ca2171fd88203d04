import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Razorpay: the key id (rzp_live_/rzp_test_ + 14) is public (Checkout embeds it in pages); its
// key secret, 24 alphanumerics, is the credential and needs the Razorpay name next to it.
export default [
  defineRule({
    id: 'razorpay-key-secret',
    title: 'Razorpay key secret',
    severity: 'critical',
    keywords: ['razorpay'],
    pattern: namedValue('razorpay', '[A-Za-z0-9]{24}', { word: '(?:key[_.-]?)?secret' }),
    minEntropy: 3.4,
    remediation: `${ROTATE} Regenerate the key pair in the Razorpay Dashboard (Account & Settings, API Keys).`,
    examples: {
      positive: [
        { text: 'RAZORPAY_KEY_SECRET=OMA6M5u4OmQB82RQPDjG0yDQ', secret: 'OMA6M5u4OmQB82RQPDjG0yDQ' },
        { text: '"razorpaySecret": "RmLQxSerMmcAkx6KnPwfnXFB"', secret: 'RmLQxSerMmcAkx6KnPwfnXFB' },
      ],
      negative: ['RAZORPAY_KEY_ID=rzp_live_stHAtNc8KVBHOw', 'RAZORPAY_KEY_SECRET=your_razorpay_secret'],
    },
  }),
];

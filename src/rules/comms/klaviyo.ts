import { defineRule, ROTATE } from '../lib/define.ts';

// Klaviyo private API keys: pk_ + 34 alphanumerics. (Klaviyo's public key is a 6-character
// site id; Stripe's publishable pk_live_/pk_test_ keys do not fit the shape.)
export default [
  defineRule({
    id: 'klaviyo-private-key',
    title: 'Klaviyo private API key',
    severity: 'high',
    keywords: ['pk_'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pk_[A-Za-z0-9]{34})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.0,
    remediation: `${ROTATE} Revoke it in Klaviyo under Settings, API keys.`,
    examples: {
      positive: [
        { text: 'KLAVIYO_PRIVATE_API_KEY=pk_f182u93y4wcxmwas9eevigst78tfmm8vub', secret: 'pk_f182u93y4wcxmwas9eevigst78tfmm8vub' },
        { text: "headers: { Authorization: 'Klaviyo-API-Key pk_807de8c9ee9640f31369fe34d1e0c1b576' }", secret: 'pk_807de8c9ee9640f31369fe34d1e0c1b576' },
      ],
      negative: ['KLAVIYO_PRIVATE_API_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'STRIPE_PUBLISHABLE_KEY=pk_live_5q5sQLBudaD8TYc6xo6Yg1qT', 'KLAVIYO_PRIVATE_API_KEY=pk_your_klaviyo_private_key_here'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Mixpanel API secrets and service account secrets (32 characters, no prefix), next to a
// Mixpanel secret name. Project tokens are public by design and are not taken.
export default [
  defineRule({
    id: 'mixpanel-api-secret',
    title: 'Mixpanel API secret',
    severity: 'high',
    keywords: ['mixpanel'],
    pattern: /mixpanel[\w.-]{0,20}?secret[\w.-]{0,10}?["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Reset the secret in Mixpanel under Project Settings (or delete the service account).`,
    examples: {
      positive: [
        { text: 'MIXPANEL_API_SECRET=8038bfbda028f663ebdefaac4d51815d', secret: '8038bfbda028f663ebdefaac4d51815d' },
        { text: 'mixpanel_service_account_secret: ox5oJL6tHo0zGfwao6feW34T6PYbcLmF', secret: 'ox5oJL6tHo0zGfwao6feW34T6PYbcLmF' },
      ],
      negative: ['MIXPANEL_TOKEN=b0c1491d81353a46b2be65c2f355ebf2', 'MIXPANEL_API_SECRET=${MIXPANEL_SECRET}'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// GoCardless access tokens: live_ or sandbox_ + 40 base64url characters. The prefixes are
// generic, so GoCardless must be named on the line.
export default [
  defineRule({
    id: 'gocardless-access-token',
    title: 'GoCardless access token',
    severity: 'critical',
    keywords: ['gocardless', 'go_cardless'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:live|sandbox)_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.8,
    remediation: `${ROTATE} Revoke it in the GoCardless dashboard under Developers, Access tokens.`,
    examples: {
      positive: [
        { text: 'GOCARDLESS_ACCESS_TOKEN=live_OdZU-Z-2h25a_YAU2Y4O9G2zTwDEM-z5rmWIpKRY', secret: 'live_OdZU-Z-2h25a_YAU2Y4O9G2zTwDEM-z5rmWIpKRY' },
        { text: "client = gocardless_pro.Client(access_token='sandbox_xBhVgBRd08Ku3UFyarnvPLCBlApn1FknKFQ6zD7A', environment='sandbox')", secret: 'sandbox_xBhVgBRd08Ku3UFyarnvPLCBlApn1FknKFQ6zD7A' },
      ],
      negative: ['GOCARDLESS_ACCESS_TOKEN=sandbox_...', 'GOCARDLESS_ENVIRONMENT=live'],
    },
  }),
];

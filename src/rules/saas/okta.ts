import { defineRule, ROTATE } from '../lib/define.ts';

// Okta API tokens: 00 + 40 base64url characters, sent with the SSWS scheme. Taken after
// "SSWS" or next to an Okta name.
export default [
  defineRule({
    id: 'okta-api-token',
    title: 'Okta API token',
    severity: 'critical',
    keywords: ['okta', 'ssws'],
    pattern: /(?:okta[\w.-]{0,30}?["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?|SSWS[ \t]{1,4})(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
    minEntropy: 4,
    confidence: 'medium',
    remediation: `${ROTATE} Revoke it in the Okta Admin Console under Security > API > Tokens.`,
    examples: {
      positive: [
        { text: 'OKTA_API_TOKEN=009bJgL4Yff0OOlDMkks-Or4lzynwrD-N2ACo0f3_B', secret: '009bJgL4Yff0OOlDMkks-Or4lzynwrD-N2ACo0f3_B' },
        { text: 'curl -H "Authorization: SSWS 00vwX4vIcvS9w8WWhH8PZNvUo4rATyQHSKVHEJEuHx" https://corp.okta.com/api/v1/users', secret: '00vwX4vIcvS9w8WWhH8PZNvUo4rATyQHSKVHEJEuHx' },
      ],
      negative: ['OKTA_CLIENT_ID=0oaj717DZtC7WEiPahUG', 'OKTA_API_TOKEN=00JQoNbJf5_O-bm2VMCZ0B6qlv78uFkx'],
    },
  }),
];

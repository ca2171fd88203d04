import { defineRule, ROTATE } from '../lib/define.ts';

// Contentful personal access tokens (Content Management API): CFPAT- + 43 base64url characters.
export default [
  defineRule({
    id: 'contentful-personal-access-token',
    title: 'Contentful personal access token',
    severity: 'high',
    keywords: ['cfpat-'],
    pattern: /(?<![A-Za-z0-9])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it under Settings > CMA tokens in Contentful.`,
    examples: {
      positive: [
        { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-oGUAHmEOxMrmZ-nOc7vpelqmPlXik-C0WLtDNyTxIhp', secret: 'CFPAT-oGUAHmEOxMrmZ-nOc7vpelqmPlXik-C0WLtDNyTxIhp' },
        { text: '"accessToken": "CFPAT-mQ-Tf_mI-N2WzWg4e1tmhaQc-LGQMs9QO0RVPppVRdY"', secret: 'CFPAT-mQ-Tf_mI-N2WzWg4e1tmhaQc-LGQMs9QO0RVPppVRdY' },
      ],
      negative: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-8h8EC1BX286XMPcHa7BZqPY04NP3UP', 'CFPAT-<management token>'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Netlify personal access tokens: nfp_ + 36 characters. Tokens issued before the prefix (43
// base64url characters) are taken next to a Netlify name.
export default [
  defineRule({
    id: 'netlify-pat',
    title: 'Netlify personal access token',
    severity: 'critical',
    keywords: ['nfp_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>nfp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    confidence: 'high',
    minEntropy: 3.8,
    remediation: `${ROTATE} Revoke it under User settings > Applications > Personal access tokens.`,
    examples: {
      positive: [
        { text: 'NETLIFY_AUTH_TOKEN=nfp_un6dgZVBOTFehnB3AOTSXTGZ46tSSwKLjMvX', secret: 'nfp_un6dgZVBOTFehnB3AOTSXTGZ46tSSwKLjMvX' },
        { text: 'netlify deploy --auth nfp_7SyANysMKkEiZsYmNcrBMpEjQa35yGEXcssR --prod', secret: 'nfp_7SyANysMKkEiZsYmNcrBMpEjQa35yGEXcssR' },
      ],
      negative: ['NETLIFY_AUTH_TOKEN=nfp_YOUR_TOKEN_HERE', 'NETLIFY_AUTH_TOKEN=nfp_xxx', 'nfp_SRR0h8FAuAnt08X8UDkQ4CxBfevz29'],
    },
  }),
  defineRule({
    id: 'netlify-token-legacy',
    title: 'Netlify access token (unprefixed)',
    severity: 'critical',
    keywords: ['netlify'],
    pattern: new RegExp(assignment({ names: ['netlify'], labels: ['token', 'key', 'auth'], value: '[A-Za-z0-9_-]{43}', edge: 'A-Za-z0-9_-' })),
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it under User settings > Applications > Personal access tokens.`,
    examples: {
      positive: [
        { text: 'NETLIFY_AUTH_TOKEN=mDahnnl7XRkX8S-hHLIwyeVVfRMkQNfCiTTjb-E16AO', secret: 'mDahnnl7XRkX8S-hHLIwyeVVfRMkQNfCiTTjb-E16AO' },
        { text: 'netlify_token: "3jM2i6NSgtiLKpII5ISQUVY3MhgPQDvhgGd5Fy_0Zw1"', secret: '3jM2i6NSgtiLKpII5ISQUVY3MhgPQDvhgGd5Fy_0Zw1' },
      ],
      negative: ['NETLIFY_SITE_ID=949d77d7-ba91-4877-a2b7-acd4daf3aee2', 'NETLIFY_SITE_NAME=acme-docs', 'NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}'],
    },
  }),
];

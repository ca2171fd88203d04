import { defineRule, ROTATE } from '../lib/define.ts';

// Shopify tokens: a type prefix then 32 hex. shpat_ admin API access tokens, shpca_ custom app
// tokens, shppa_ private app passwords, shpss_ app shared secrets.
const REVOKE = `${ROTATE} Uninstall or rotate the app's credentials in the Shopify admin (Apps, Develop apps) or Partner Dashboard.`;

const rule = (prefix: string, id: string, title: string, positive: [string, string][]) =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${prefix}[a-fA-F0-9]{32})(?![A-Za-z0-9_-])`),
    confidence: 'high',
    minEntropy: 3.0,
    remediation: REVOKE,
    examples: {
      positive: positive.map(([text, secret]) => ({ text, secret })),
      negative: [`SHOPIFY_TOKEN=${prefix}...`, `token = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`, `${prefix}d998a7661fe629939f08d20a`],
    },
  });

export default [
  rule('shpat_', 'shopify-access-token', 'Shopify Admin API access token', [
    ['SHOPIFY_ACCESS_TOKEN=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', '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'],
    ["headers: { 'X-Shopify-Access-Token': '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' }", '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'],
  ]),
  rule('shpca_', 'shopify-custom-app-token', 'Shopify custom app access token', [
    ['SHOPIFY_ADMIN_TOKEN=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', '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'],
    ['access_token: "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"', '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'],
  ]),
  rule('shppa_', 'shopify-private-app-password', 'Shopify private app password', [
    ['SHOPIFY_PASSWORD=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', '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'],
    ['https://mystore.myshopify.com/admin/api/2024-01/orders.json?password=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', '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'],
  ]),
  rule('shpss_', 'shopify-shared-secret', 'Shopify app shared secret', [
    ['SHOPIFY_API_SECRET=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', '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'],
    ['"apiSecretKey": "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"', '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'],
  ]),
];

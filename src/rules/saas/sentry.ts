import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Json, hasFields } from '../lib/encoding.ts';

// Sentry: DSNs (a 32-hex public key, optionally with a legacy secret, in front of the
// ingest host), organization auth tokens (sntrys_ + base64 JSON naming the org, then the
// random secret), user auth tokens (sntryu_ + 64 hex) and legacy 64-hex auth tokens.
const REVOKE = `${ROTATE} Revoke it in Sentry under Settings > Auth Tokens (or the project's Client Keys for a DSN).`;

export default [
  defineRule({
    id: 'sentry-dsn',
    title: 'Sentry DSN',
    severity: 'low',
    keywords: ['sentry'],
    pattern:
      /https?:\/\/(?<secret>[a-f0-9]{32}(?::[a-f0-9]{32})?)@[A-Za-z0-9.-]{1,253}(?::\d{2,5})?\/(?:[\w.-]{1,64}\/)?\d{1,20}(?![\w.\/-])/,
    confidence: 'medium',
    remediation: `${ROTATE} Regenerate the client key under Project Settings > Client Keys (DSN) in Sentry.`,
    examples: {
      positive: [
        { text: 'SENTRY_DSN=https://6a634ef047a39a68b630ff4f403f433f@o0894376.ingest.us.sentry.io/1205466', secret: '6a634ef047a39a68b630ff4f403f433f' },
        { text: "dsn: 'https://ae1647dd9c566122c94f654cd961df55:a95ac3904afcfd45c1b16dd3d77db97c@sentry.internal.corp:9000/12'", secret: 'ae1647dd9c566122c94f654cd961df55:a95ac3904afcfd45c1b16dd3d77db97c' },
      ],
      negative: [
        'SENTRY_DSN=https://publickey@o0.ingest.sentry.io/0',
        'see https://docs.sentry.io/product/sentry-basics/dsn-explainer/',
      ],
    },
  }),
  defineRule({
    id: 'sentry-org-token',
    title: 'Sentry organization auth token',
    severity: 'high',
    keywords: ['sntrys_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/]{43,64}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const payload = secret.slice('sntrys_'.length, secret.lastIndexOf('_'));
      return hasFields(decodeBase64Json(payload), ['iat', 'org']) ? true : false;
    },
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SENTRY_AUTH_TOKEN=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', secret: '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' },
        { text: 'sentry-cli --auth-token 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 sourcemaps upload ./dist', secret: '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' },
        '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',
      ],
      negative: [
        // a payload that is not the token's JSON
        'SENTRY_AUTH_TOKEN=sntrys_eyJNC4CtzmKeMzCkJI0WDRuoKjD7ItHq2nqQwVK0wzsXjmMzpdUvYFvYBwotDxH_ZzuWv8AQ3aWFX7JUHsgmVehSwoNAfEh4ffSFlzDGYMb',
        'SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE',
      ],
    },
  }),
  defineRule({
    id: 'sentry-user-token',
    title: 'Sentry user auth token',
    severity: 'high',
    keywords: ['sntryu_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SENTRY_AUTH_TOKEN=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', secret: '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' },
        { text: 'auth.token = "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"', secret: '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' },
      ],
      negative: ['SENTRY_AUTH_TOKEN=sntryu_599ef842fa424875322517b4dd97bae26efee859', 'sntryu_4CAZGW8AGHWDGKOAVZQKC3W1QN7P0DMWYVFUF3IWJWVFUFQAHE04N57QC7W3O1WG'],
    },
  }),
  defineRule({
    id: 'sentry-auth-token',
    title: 'Sentry auth token (legacy)',
    severity: 'high',
    keywords: ['sentry'],
    pattern: /sentry[\w.-]{0,20}?(?:auth|api)[_-]?(?:token|key)["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SENTRY_AUTH_TOKEN=0f333b12cac042c9fbdd8e0ffd16641595e4f9f8e9f311f5041fc0a6bc3ceee3', secret: '0f333b12cac042c9fbdd8e0ffd16641595e4f9f8e9f311f5041fc0a6bc3ceee3' },
        { text: '[auth]\nsentry_api_key = c26a71e29a5419259600349c1e6f981c03b63d58cd6aae81cf9802f3ae6c6438', secret: 'c26a71e29a5419259600349c1e6f981c03b63d58cd6aae81cf9802f3ae6c6438' },
      ],
      negative: ['SENTRY_AUTH_TOKEN=167825944b998a7d427a0c97917c772c', 'SENTRY_RELEASE=f2dea96c71403297da644f04cff58f5d84b12ace531b8ea0125ee7e367d67364'],
    },
  }),
];

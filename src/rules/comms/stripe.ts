import { defineRule, ROTATE } from '../lib/define.ts';
import type { ContentRule } from '../../engine/types.ts';

// Stripe secret (sk_) and restricted (rk_) keys, live and test, then 24 (older) to 99+ (current)
// alphanumerics; webhook signing secrets are whsec_ + base64 text (Svix-based services use the
// same prefix, and the secret is just as sensitive). Publishable keys (pk_) are meant to be
// public and are not reported. sk_live_ + exactly 40 lowercase hex is Paystack's format and is
// left to that rule.

const REVOKE = `${ROTATE} Roll it at https://dashboard.stripe.com/apikeys.`;

const key = (
  prefix: string, id: string, title: string, severity: ContentRule['severity'],
  positive: ContentRule['examples']['positive'], negative: string[],
) =>
  defineRule({
    id,
    title,
    severity,
    keywords: [prefix],
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?<secret>${prefix}(?![a-f0-9]{40}(?![A-Za-z0-9]))[A-Za-z0-9]{24,247})(?![A-Za-z0-9_-])`,
    ),
    confidence: 'high',
    minEntropy: 3.5,
    remediation: REVOKE,
    examples: { positive, negative },
  });

export default [
  key('sk_live_', 'stripe-live-secret-key', 'Stripe live secret key', 'critical', [
    { text: 'STRIPE_SECRET_KEY=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', secret: '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' },
    { text: "stripe.api_key = 'sk_live_6FnIGf5nyj1InK4Opsj49F8y'", secret: 'sk_live_6FnIGf5nyj1InK4Opsj49F8y' },
  ], [
    'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_SECRET_KEY=sk_live_...',
    'STRIPE_PUBLISHABLE_KEY=pk_live_51U9jJI7FoC5pBmo0ypGzFTEcRmN4AJILNRtNe31SKwaoazRDO1ZQ6LdY7nZMg72WzO3sqINeMv3bjwAZiq1z6OrOonVExmQ43F',
  ]),
  key('sk_test_', 'stripe-test-secret-key', 'Stripe test-mode secret key', 'medium', [
    { text: 'STRIPE_SECRET_KEY="sk_test_51Kt7VjufjllFnV4uZm9X4thbvNnbg5zdx9VanaLwWqpDdFow9G9t7WMb3xAIZuIYMhgupArlxgqZ2knk9ZnkvkZq9P54bhgmAS"', secret: 'sk_test_51Kt7VjufjllFnV4uZm9X4thbvNnbg5zdx9VanaLwWqpDdFow9G9t7WMb3xAIZuIYMhgupArlxgqZ2knk9ZnkvkZq9P54bhgmAS' },
    { text: '#define kstripeSECRET_Key @"sk_test_h5F5lQ4Y05K2fwOMM2WqTfhJ"', secret: 'sk_test_h5F5lQ4Y05K2fwOMM2WqTfhJ' },
  ], [
    'STRIPE_SECRET_KEY=sk_test_your_stripe_secret_key',
    '#define kStripePUBLISHABLE_KEY @"pk_test_shdDl4gyfnLwQGNWs7FM09oG"',
  ]),
  key('rk_live_', 'stripe-live-restricted-key', 'Stripe live restricted key', 'critical', [
    { text: 'STRIPE_RESTRICTED_KEY=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', secret: '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' },
    { text: '"stripeKey": "rk_live_ivF86n1PNhcA6CtA5VwUl4JH"', secret: 'rk_live_ivF86n1PNhcA6CtA5VwUl4JH' },
  ], ['STRIPE_RESTRICTED_KEY=rk_live_...', 'rk_live_MEj3RqWnzVhFZWan']),
  key('rk_test_', 'stripe-test-restricted-key', 'Stripe test-mode restricted key', 'medium', [
    { text: 'STRIPE_RESTRICTED_KEY=rk_test_51SItev1rX9Dhk2k66bn5RzwaOwwk39DTjDa1VIOuD3DNvTevu9I0H7e4AdfhFIsxe1yB5hsdj3s8NM7lAIsNFIKwmGeSGGDoqQ', secret: 'rk_test_51SItev1rX9Dhk2k66bn5RzwaOwwk39DTjDa1VIOuD3DNvTevu9I0H7e4AdfhFIsxe1yB5hsdj3s8NM7lAIsNFIKwmGeSGGDoqQ' },
    { text: "Stripe.apiKey = 'rk_test_rs7Uatirt5pMwE0Yj9TSMnCe';", secret: 'rk_test_rs7Uatirt5pMwE0Yj9TSMnCe' },
  ], ['STRIPE_RESTRICTED_KEY=rk_test_placeholder_value_here_ok', 'rk_test_sn2I87bwmO8m2cJ4P7BT']),
  defineRule({
    id: 'stripe-webhook-secret',
    title: 'Stripe (or Svix) webhook signing secret',
    severity: 'high',
    keywords: ['whsec_'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>whsec_[A-Za-z0-9+/]{32,86}={0,2})(?![A-Za-z0-9+/=_-])/,
    confidence: 'high',
    minEntropy: 3.8,
    remediation: `${ROTATE} Roll the endpoint's signing secret at https://dashboard.stripe.com/webhooks (or in the sending service).`,
    examples: {
      positive: [
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_Gw0Ef4ebWRv5PCRMEzznuHCkmmBHUi7K', secret: 'whsec_Gw0Ef4ebWRv5PCRMEzznuHCkmmBHUi7K' },
        { text: 'endpoint_secret = "whsec_5ktsR/4PkAPK7lW+2iBA/AY+ycFqOwFBdfOctRM3pCo="', secret: 'whsec_5ktsR/4PkAPK7lW+2iBA/AY+ycFqOwFBdfOctRM3pCo=' },
      ],
      negative: ['STRIPE_WEBHOOK_SECRET="whsec_xxxxxxxxxxxxxxxxxxxxx"', 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
  }),
];

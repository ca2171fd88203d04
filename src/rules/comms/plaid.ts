import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';
import { isUuidV4 } from '../lib/encoding.ts';

// Plaid: Item access tokens are access-<environment>-<UUID v4>; the API secret is 30 hex with
// no prefix (the client_id, 24 hex, identifies and is not reported).
export default [
  defineRule({
    id: 'plaid-access-token',
    title: 'Plaid access token',
    severity: 'critical',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>access-(?:production|development|sandbox)-(?<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![A-Za-z0-9_-])/,
    validate: (_secret, g) => (isUuidV4(g.uuid ?? '') ? true : undefined),
    remediation: `${ROTATE} Call /item/access_token/invalidate (or /item/remove) for the Item, and rotate the API secret if it leaked too.`,
    examples: {
      positive: [
        { text: 'PLAID_ACCESS_TOKEN=access-production-b4ae6525-89da-48c6-8a03-8ae391fde624', secret: 'access-production-b4ae6525-89da-48c6-8a03-8ae391fde624' },
        { text: '{"access_token": "access-sandbox-37b5292e-6931-4514-afb5-1378799f2ab5", "item_id": "NhOoNGlnfN64l1Yaj59YjkKabha7EDMuEBfKN"}', secret: 'access-sandbox-37b5292e-6931-4514-afb5-1378799f2ab5' },
      ],
      negative: ['"access_token": "access-sandbox-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"', 'PLAID_ENV=access-production'],
    },
  }),
  defineRule({
    id: 'plaid-secret',
    title: 'Plaid API secret',
    severity: 'critical',
    keywords: ['plaid'],
    pattern: namedValue('plaid', '[a-f0-9]{30}', { word: 'secret' }),
    minEntropy: 2.8,
    remediation: `${ROTATE} Rotate it at https://dashboard.plaid.com/developers/keys.`,
    examples: {
      positive: [
        { text: 'PLAID_SECRET=c20ce912cd9cec254b97b49adda0d0', secret: 'c20ce912cd9cec254b97b49adda0d0' },
        { text: 'plaid_secret: "b0571fa96e62e042df325c8d7eb5ec"', secret: 'b0571fa96e62e042df325c8d7eb5ec' },
      ],
      negative: ['PLAID_CLIENT_ID=9146499a8d26439977c11c2f', 'PLAID_SECRET=your_plaid_secret'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';
import { isBase64OfLength } from '../lib/encoding.ts';

// Coinbase. Developer Platform (CDP) keys are a key name (organizations/<uuid>/apiKeys/<uuid>,
// an identifier) and a private key: ECDSA keys are PEM blocks (the private-key rule finds
// them), Ed25519 keys are base64 of 64 bytes. Legacy Coinbase API secrets are 32
// alphanumerics. Neither has a prefix: the Coinbase/CDP name must be next to them.
const REVOKE = `${ROTATE} Delete the API key at https://portal.cdp.coinbase.com (or Coinbase account settings, API) and create a new one.`;

export default [
  defineRule({
    id: 'coinbase-cdp-api-secret',
    title: 'Coinbase Developer Platform API key secret (Ed25519)',
    severity: 'critical',
    keywords: ['coinbase', 'cdp'],
    pattern: namedValue('coinbase|cdp', '[A-Za-z0-9+/]{86}==', {
      word: '(?:api[_.-]?)?(?:key[_.-]?)?(?:secret|private[_.-]?key)',
      after: '(?![A-Za-z0-9+/=])',
    }),
    validate: (secret) => (isBase64OfLength(secret, 64, 'std') ? true : undefined),
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'CDP_API_KEY_SECRET=AJ6aiZaZwPMbokdFeauEUbsKOsd2MUPXMOopxVQ1lbNXZbKlE3ohNFrR72odhyyKwf1rH4uoVaazfLjVbgvcOw==', secret: 'AJ6aiZaZwPMbokdFeauEUbsKOsd2MUPXMOopxVQ1lbNXZbKlE3ohNFrR72odhyyKwf1rH4uoVaazfLjVbgvcOw==' },
        { text: '"coinbasePrivateKey": "X1CHQ/YuG81YVQMd2aydhTiBrYdtpJjU6scSCf0Y8p8qQa9f2P0hPOZ0JmRo/hVeL4c44unJO+19iiq7b2ratQ=="', secret: 'X1CHQ/YuG81YVQMd2aydhTiBrYdtpJjU6scSCf0Y8p8qQa9f2P0hPOZ0JmRo/hVeL4c44unJO+19iiq7b2ratQ==' },
      ],
      negative: ['CDP_API_KEY_NAME=organizations/a526a519-43ae-4287-bf65-e707510392cc/apiKeys/b97f7303-c113-454f-bf9a-c4143b55586c', 'CDP_API_KEY_SECRET="your-cdp-secret"'],
    },
  }),
  defineRule({
    id: 'coinbase-api-secret',
    title: 'Coinbase API secret (legacy)',
    severity: 'critical',
    keywords: ['coinbase'],
    pattern: namedValue('coinbase', '[A-Za-z0-9]{32}', { word: '(?:api[_.-]?)?secret' }),
    minEntropy: 3.8,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'COINBASE_API_SECRET=jh49aYgSNx4dXIvc0knjj7b59VGkqapc', secret: 'jh49aYgSNx4dXIvc0knjj7b59VGkqapc' },
        { text: "coinbase_secret = 'kCAeUqOOHGY9gZBrKARN4KH5ILIV0mkc'", secret: 'kCAeUqOOHGY9gZBrKARN4KH5ILIV0mkc' },
      ],
      negative: ['COINBASE_API_KEY=dyoPPegxooGWlTrN', 'COINBASE_API_SECRET=<coinbase-api-secret>'],
    },
  }),
];

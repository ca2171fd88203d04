import { defineRule, ROTATE } from '../lib/define.ts';
import { bech32Decode } from '../lib/bech32.ts';

// age X25519 identities: Bech32 with the human-readable part AGE-SECRET-KEY-, 32 key bytes
// (52 five-bit words) and a 6-character checksum. The checksum is the proof.
export default [
  defineRule({
    id: 'age-secret-key',
    title: 'age secret key',
    severity: 'critical',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    validate: (secret) => {
      const d = bech32Decode(secret);
      return d !== undefined && d.hrp === 'age-secret-key-' && d.words.length === 52;
    },
    remediation: `${ROTATE} Generate a new identity with age-keygen and re-encrypt everything encrypted to the old recipient.`,
    examples: {
      positive: [
        { text: '# created: 2026-01-05T10:12:44Z\n# public key: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\nAGE-SECRET-KEY-1GGP2694MX797XF50WNP6Y7VR4SA4YJS9Z43QF43L5RNGUAXCN04QWRAHEZ', secret: 'AGE-SECRET-KEY-1GGP2694MX797XF50WNP6Y7VR4SA4YJS9Z43QF43L5RNGUAXCN04QWRAHEZ' },
        { text: 'SOPS_AGE_KEY=AGE-SECRET-KEY-1YKFQ6NV3GGSAAACNKY24WGYJU0RANEDUW7Y0PR56W5XPWC5R85MS2M3XL6', secret: 'AGE-SECRET-KEY-1YKFQ6NV3GGSAAACNKY24WGYJU0RANEDUW7Y0PR56W5XPWC5R85MS2M3XL6' },
      ],
      // a single changed character breaks the checksum
      negative: ['SOPS_AGE_KEY=AGE-SECRET-KEY-1GGP2694MX797XF40WNP6Y7VR4SA4YJS9Z43QF43L5RNGUAXCN04QWRAHEZ', 'SOPS_AGE_KEY=AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ'],
    },
  }),
];

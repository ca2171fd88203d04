import { defineRule, ROTATE } from '../lib/define.ts';
import { isBase64OfLength } from '../lib/encoding.ts';

// SendGrid API keys: SG. + base64url of a 16-byte key id (22 characters) + . + base64url of a
// 32-byte secret (43 characters). Both halves must be canonical encodings of exactly those
// lengths; the widely copied documentation key is not, and is dropped.
export default [
  defineRule({
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    severity: 'high',
    keywords: ['sg.'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>SG\.(?<id>[A-Za-z0-9_-]{22})\.(?<key>[A-Za-z0-9_-]{43}))(?![A-Za-z0-9_-])/,
    validate: (_secret, g) => isBase64OfLength(g.id ?? '', 16, 'url') && isBase64OfLength(g.key ?? '', 32, 'url'),
    remediation: `${ROTATE} Delete it at https://app.sendgrid.com/settings/api_keys.`,
    examples: {
      positive: [
        { text: 'SENDGRID_API_KEY=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', secret: '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' },
        { text: "sgMail.setApiKey('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');", secret: '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' },
      ],
      negative: [
        'SENDGRID_API_KEY=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',
        "process.env.SENDGRID_API_KEY = 'SG.canary-key-for-the-test.aaaaaaaaaaaaaaaaaaaaaa'",
        'SENDGRID_API_KEY="SG.xxxx"',
      ],
    },
  }),
];

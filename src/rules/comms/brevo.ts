import { defineRule, ROTATE } from '../lib/define.ts';

// Brevo (formerly Sendinblue): API keys are xkeysib- and SMTP keys xsmtpsib-, each followed by
// 64 hex, a dash and 16 alphanumerics.
const REVOKE = `${ROTATE} Delete it at https://app.brevo.com/settings/keys/api (SMTP keys: .../keys/smtp).`;

export default [
  defineRule({
    id: 'brevo-api-key',
    title: 'Brevo (Sendinblue) API key',
    severity: 'high',
    keywords: ['xkeysib-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'BREVO_API_KEY=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', secret: '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' },
        { text: "apiInstance.setApiKey(0, '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');", secret: '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' },
      ],
      negative: ['SENDINBLUE_API_KEY=xkeysib-...', 'BREVO_API_KEY=xkeysib-af5202164345fecf84fe8a6c2e2c43c33cc94193f1444f7d99be631feacd93f4'],
    },
  }),
  defineRule({
    id: 'brevo-smtp-key',
    title: 'Brevo (Sendinblue) SMTP key',
    severity: 'high',
    keywords: ['xsmtpsib-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SMTP_PASSWORD=xsmtpsib-81b551a86b904d34671fdad49ad0ed0e00cece2f8d42e3738b2d1b0c47e14d4a-7tX5KGIICziXciWp', secret: 'xsmtpsib-81b551a86b904d34671fdad49ad0ed0e00cece2f8d42e3738b2d1b0c47e14d4a-7tX5KGIICziXciWp' },
        { text: 'spring.mail.password: xsmtpsib-2b35e7c51c1b01d7d791eb535550ed91392cff384e5be58225b7f4f23d0a313f-vRCKnO7fhDwcjzCx', secret: 'xsmtpsib-2b35e7c51c1b01d7d791eb535550ed91392cff384e5be58225b7f4f23d0a313f-vRCKnO7fhDwcjzCx' },
      ],
      negative: ['SMTP_PASSWORD=xsmtpsib-your-smtp-key', 'key = "xsmtpsib-63b460eb49e1e3dafeac115727c11091-5Mvq0JHfxNUmc0Q7"'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Mailchimp Marketing API keys: 32 hex + -us<datacenter>. The datacenter suffix makes the
// shape Mailchimp's own. Mandrill (Mailchimp Transactional) keys are 22 base64url characters
// (newer ones md- prefixed), recognisable only by the name.
export default [
  defineRule({
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    severity: 'high',
    keywords: ['-us'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 2.9,
    remediation: `${ROTATE} Revoke it in Mailchimp under Profile, Extras, API keys.`,
    examples: {
      positive: [
        { text: 'MAILCHIMP_API_KEY=0c45d10547801c7b3b390d357d10a75d-us21', secret: '0c45d10547801c7b3b390d357d10a75d-us21' },
        { text: "mailchimp.setConfig({ apiKey: 'd0d99aff7e5a5e4fe34023fe339935f1-us6', server: 'us6' });", secret: 'd0d99aff7e5a5e4fe34023fe339935f1-us6' },
      ],
      negative: ['MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21', 'locale = "4baa76f0316d0685f416763071148398-use"', 'MAILCHIMP_SERVER_PREFIX=us21'],
    },
  }),
  defineRule({
    id: 'mandrill-api-key',
    title: 'Mandrill (Mailchimp Transactional) API key',
    severity: 'high',
    keywords: ['mandrill'],
    pattern: namedValue('mandrill', '(?:md-)?[A-Za-z0-9_-]{22}'),
    minEntropy: 3.4,
    remediation: `${ROTATE} Delete it in Mandrill under Settings, SMTP & API Info.`,
    examples: {
      positive: [
        { text: 'MANDRILL_API_KEY=RfXhq1P2oOA_XS7xrr09qb', secret: 'RfXhq1P2oOA_XS7xrr09qb' },
        { text: "mandrill_client = mandrill.Mandrill('md-htUSA4SzGHUuYChYr331bA')", secret: 'md-htUSA4SzGHUuYChYr331bA' },
      ],
      negative: ['MANDRILL_API_KEY=your_mandrill_key', 'mandrill_template = "welcome-email-v2"'],
    },
  }),
];

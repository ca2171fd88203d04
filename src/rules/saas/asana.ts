import { defineRule, ROTATE } from '../lib/define.ts';

// Asana personal access tokens: a version digit, a slash, the numeric user (and app) id, a
// colon and 32 hex (1/<id>:<hex>, 2/<id>/<id>:<hex>; the oldest are 0/<hex>). The shape is
// distinctive, but digits-slash-digits appear elsewhere, so an Asana name must be on the line.
export default [
  defineRule({
    id: 'asana-personal-access-token',
    title: 'Asana personal access token',
    severity: 'high',
    keywords: ['asana'],
    pattern: /(?<![\w/:])(?<secret>(?:[12]\/\d{8,20}(?:\/\d{8,20})?:[a-f0-9]{32}|0\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
    confidence: 'medium',
    remediation: `${ROTATE} Revoke it in Asana under My Settings > Apps > Developer apps.`,
    examples: {
      positive: [
        { text: 'ASANA_ACCESS_TOKEN=1/0900120344488048:69679c62adef0738f716aec6e5126441', secret: '1/0900120344488048:69679c62adef0738f716aec6e5126441' },
        { text: 'asana_client = asana.Client.access_token("2/6197235258702285/0575552857744535:85d58cfad195d1b57ee287a7811f38c2")', secret: '2/6197235258702285/0575552857744535:85d58cfad195d1b57ee287a7811f38c2' },
      ],
      negative: ['ASANA_ACCESS_TOKEN=1/3913104513751588:fa561949e42662d8ad8c', 'asana project 1/6753095553591780'],
    },
  }),
];

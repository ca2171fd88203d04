import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';
import { UUID } from '../lib/encoding.ts';

// Scaleway API keys: the access key is SCW + 17 upper-case base32 characters; the secret key is a
// UUID and is taken next to a Scaleway name.
export default [
  defineRule({
    id: 'scaleway-access-key',
    title: 'Scaleway access key',
    severity: 'medium',
    keywords: ['scw'],
    pattern: /(?<![A-Za-z0-9])(?<secret>SCW[A-Z0-9]{17})(?![A-Za-z0-9])/,
    minEntropy: 3.3,
    remediation: `${ROTATE} Delete the API key under IAM > API keys in the Scaleway console.`,
    examples: {
      positive: [
        { text: 'SCW_ACCESS_KEY=SCWMHUXRGOO5XWYX3NQ7', secret: 'SCWMHUXRGOO5XWYX3NQ7' },
        { text: 'access_key = "SCW1YT74XADT9RKEOMK4"', secret: 'SCW1YT74XADT9RKEOMK4' },
      ],
      negative: ['SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX', 'SCWOV165KUAYGKB', 'XSCWHYCBQRDHIU7RAP3WB'],
    },
  }),
  defineRule({
    id: 'scaleway-secret-key',
    title: 'Scaleway secret key',
    severity: 'critical',
    keywords: ['scw', 'scaleway'],
    pattern: new RegExp(assignment({ names: ['scw', 'scaleway'], labels: ['secret'], value: UUID, edge: 'A-Za-z0-9-' })),
    minEntropy: 3,
    remediation: `${ROTATE} Delete the API key under IAM > API keys in the Scaleway console.`,
    examples: {
      positive: [
        { text: 'SCW_SECRET_KEY=4c60d185-b7bd-4a76-a8de-bbca29ea18d9', secret: '4c60d185-b7bd-4a76-a8de-bbca29ea18d9' },
        { text: 'scaleway_secret_key: "b36d8e66-56c8-424a-8085-70f0bb253dc7"', secret: 'b36d8e66-56c8-424a-8085-70f0bb253dc7' },
      ],
      negative: ['SCW_DEFAULT_PROJECT_ID=ff6af858-aae5-4032-93f4-f9a7262e6121', 'SCW_SECRET_KEY=${SCW_SECRET_KEY}', 'SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Gitea / Forgejo (Codeberg) access tokens: 40 hex, taken next to one of those names.
export default [
  defineRule({
    id: 'gitea-access-token',
    title: 'Gitea / Forgejo access token',
    severity: 'critical',
    keywords: ['gitea', 'forgejo', 'codeberg'],
    pattern: new RegExp(assignment({ names: ['gitea', 'forgejo', 'codeberg'], labels: ['token', 'key', 'password'], value: '[a-f0-9]{40}' })),
    minEntropy: 3.5,
    remediation: `${ROTATE} Delete it under Settings > Applications > Access tokens on the instance.`,
    examples: {
      positive: [
        { text: 'GITEA_TOKEN=d7bbc1fd9fc54ef67b919e2ebe383707dae54eac', secret: 'd7bbc1fd9fc54ef67b919e2ebe383707dae54eac' },
        { text: 'forgejo_token: "6afa2e2354e718d89d1352a300c4c21e2eaf369b"', secret: '6afa2e2354e718d89d1352a300c4c21e2eaf369b' },
      ],
      negative: ['GITEA_SHA=ea95ca5db098716f763f1a9f843e8bb7ce92426a', 'GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}', 'GITEA_INSTANCE_URL=https://git.acme.test'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Mattermost ids and tokens are 26 characters of its lower-case base32 alphabet
// (ybndrfg8ejkmcpqxot1uwisza345h769: no 0, 2, l or v). Incoming webhooks live at
// https://<server>/hooks/<id>; personal access tokens need the Mattermost name next to them.
const ID = '[ybndrfg8ejkmcpqxot1uwisza345h769]{26}';

export default [
  defineRule({
    id: 'mattermost-webhook-url',
    title: 'Mattermost incoming webhook URL',
    severity: 'medium',
    keywords: ['/hooks/'],
    pattern: new RegExp(`(?<secret>https?://[A-Za-z0-9.-]{1,100}(?::\\d{2,5})?/hooks/${ID})(?![A-Za-z0-9_-])`),
    confidence: 'medium',
    minEntropy: 3.5,
    remediation: `${ROTATE} Delete the webhook under Integrations, Incoming Webhooks and create a new one.`,
    examples: {
      positive: [
        { text: 'MATTERMOST_WEBHOOK_URL=https://chat.acme-corp.io/hooks/8yffjwku95jizmi3ut33cg6rer', secret: 'https://chat.acme-corp.io/hooks/8yffjwku95jizmi3ut33cg6rer' },
        { text: 'curl -X POST -d @payload.json https://mattermost.internal.net:8065/hooks/u5s1u151aahkbcdzif4peakrbf', secret: 'https://mattermost.internal.net:8065/hooks/u5s1u151aahkbcdzif4peakrbf' },
      ],
      negative: ['https://hooks.slack.com/services/T0AAA/B0BBB/abc', 'https://chat.acme-corp.io/hooks/0123456789abcdefghijklmnop', 'https://git.acme-corp.io/hooks/README.md'],
    },
  }),
  defineRule({
    id: 'mattermost-access-token',
    title: 'Mattermost personal access or bot token',
    severity: 'high',
    keywords: ['mattermost'],
    pattern: namedValue('mattermost', ID),
    minEntropy: 3.2,
    remediation: `${ROTATE} Revoke it in Profile, Security, Personal Access Tokens (or the bot account's tokens).`,
    examples: {
      positive: [
        { text: 'MATTERMOST_TOKEN=xxybezc585aeihoth3rdc5axc4', secret: 'xxybezc585aeihoth3rdc5axc4' },
        { text: 'mattermost_bot_token: "hyida7t651ddk1yaub9yrmao8b"', secret: 'hyida7t651ddk1yaub9yrmao8b' },
      ],
      negative: ['MATTERMOST_URL=https://chat.acme-corp.io', 'MATTERMOST_TEAM_ID=team-engineering-platform'],
    },
  }),
];

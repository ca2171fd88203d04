import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Slack tokens name their kind in the prefix: xoxb- bot, xoxp- user, xapp- app-level,
// xoxe.xoxb-/xoxe.xoxp- rotating (and configuration) access tokens, xoxe- refresh tokens, and
// the older xoxa-/xoxr-/xoxo-/xoxs-/xoxc- kinds. Rotating and refresh tokens are base64 text
// of the form `2-2-<team>-<user>-...-<64 hex>`: decoding it is the offline proof.
// Incoming and Workflow Builder webhook URLs are credentials in themselves.

const REVOKE = `${ROTATE} Revoke it at https://api.slack.com/apps (OAuth & Permissions, or auth.revoke).`;
const WEBHOOK = `${ROTATE} Delete the webhook in the Slack app or workflow that created it and create a new one.`;

function slackEncodedToken(body: string): boolean {
  const text = Buffer.from(body, 'base64').toString('latin1');
  return /^\d{1,2}-\d{1,2}(?:-\d{6,16}){1,6}-[0-9a-f]{64}$/.test(text);
}

export default [
  defineRule({
    id: 'slack-bot-token',
    title: 'Slack bot token',
    severity: 'high',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>xoxb-\d{8,14}-\d{8,14}-[A-Za-z0-9]{24})(?![A-Za-z0-9-])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SLACK_BOT_TOKEN=xoxb-6038367557962-6877944707105-ZHOaBcvJRtPuv0CU2e2IopuY', secret: 'xoxb-6038367557962-6877944707105-ZHOaBcvJRtPuv0CU2e2IopuY' },
        { text: 'const client = new WebClient("xoxb-539295277448-4161388633873-ckG3yHTKx8PFwikzw9w3neS2");', secret: 'xoxb-539295277448-4161388633873-ckG3yHTKx8PFwikzw9w3neS2' },
      ],
      negative: ['SLACK_BOT_TOKEN=xoxb-1111-2222-abcdef', 'SLACK_BOT_TOKEN=xoxb-your-bot-token', "token: 'xoxb-FAKE_SECRET_TOKEN_2'"],
    },
  }),
  defineRule({
    id: 'slack-user-token',
    title: 'Slack user token',
    severity: 'high',
    keywords: ['xoxp-'],
    pattern: /(?<![A-Za-z0-9.-])(?<secret>xoxp-\d{8,14}-\d{8,14}-\d{8,14}-[a-f0-9]{32})(?![A-Za-z0-9-])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SLACK_USER_TOKEN="xoxp-5893766312630-3593260782625-1926392878831-f7381f23fc1661cdd6b0f4814c774c64"', secret: 'xoxp-5893766312630-3593260782625-1926392878831-f7381f23fc1661cdd6b0f4814c774c64' },
        { text: 'slack:\n  token: xoxp-61529612162-47615995012-450132905086-c830eaf168640f552bf92b8af478664a\n', secret: 'xoxp-61529612162-47615995012-450132905086-c830eaf168640f552bf92b8af478664a' },
      ],
      negative: ['userToken: "xoxp-FAKE_SECRET_TOKEN_1"', 'SLACK_USER_TOKEN=xoxp-1234567890-abc'],
    },
  }),
  defineRule({
    id: 'slack-legacy-token',
    title: 'Slack legacy, workspace-app or session token',
    severity: 'high',
    keywords: ['xoxa-', 'xoxr-', 'xoxo-', 'xoxs-', 'xoxc-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>xox[acors]-(?:2-)?\d{8,14}-[A-Za-z0-9-]{20,160})(?![A-Za-z0-9-])/,
    confidence: 'medium',
    minEntropy: 3.5,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SLACK_TOKEN=xoxc-4469023304150-3012113864696-8718295102201-42045da3f7c28db6dad5055d4b0c82897d06b8b15ce2b6975de154319e0a6516', secret: 'xoxc-4469023304150-3012113864696-8718295102201-42045da3f7c28db6dad5055d4b0c82897d06b8b15ce2b6975de154319e0a6516' },
        { text: '"access_token": "xoxa-2-830329054416-134476352182-7773136123917-fc57b8a50c7893023aa3a4369f8ae02e0dcf5224c773fb075d7831165db3b9a3"', secret: 'xoxa-2-830329054416-134476352182-7773136123917-fc57b8a50c7893023aa3a4369f8ae02e0dcf5224c773fb075d7831165db3b9a3' },
      ],
      negative: ['prefixes = ["xoxa-", "xoxr-", "xoxs-"]', 'SLACK_LEGACY_TOKEN=xoxs-0000000000-placeholder-value'],
    },
  }),
  defineRule({
    id: 'slack-rotating-token',
    title: 'Slack rotating or configuration access token',
    severity: 'high',
    keywords: ['xoxe.xox'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>xoxe\.xox[bp]-1-(?<body>[A-Za-z0-9+/]{120,240}={0,2}))(?![A-Za-z0-9+/=-])/,
    validate: (_secret, groups) => slackEncodedToken(groups.body ?? ''),
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SLACK_APP_TOKEN = "xoxe.xoxp-1-Mi0yLTc0MDkwOTYwMTkxMDQtNjE3MjE1Mjc2NTI0NC0zMDY3MDY5NTQ0MDU5LTc4MzA3NDE2MzQwMDMtOTM0YTBkNWQxOGUwNGJlMGI4OGY3Y2Y4OGIzN2Y4M2EwOTBhZDE4ODQ2NmNkMzhjZmM5ZjhkZDE0MzRiNGE2MA"', secret: 'xoxe.xoxp-1-Mi0yLTc0MDkwOTYwMTkxMDQtNjE3MjE1Mjc2NTI0NC0zMDY3MDY5NTQ0MDU5LTc4MzA3NDE2MzQwMDMtOTM0YTBkNWQxOGUwNGJlMGI4OGY3Y2Y4OGIzN2Y4M2EwOTBhZDE4ODQ2NmNkMzhjZmM5ZjhkZDE0MzRiNGE2MA' },
        { text: '"access_token": "xoxe.xoxb-1-Mi0yLTg5NTkyMDY3NTg0MDMtNjA4NTE0MjY2MDMzNy0zNDgxMjYyODI3OTU1LTU1NzA5NzA1MjA1MzEtYTczZmIyZjRjYzgyZTk3ODhjODUzN2M1ODhkZDQ5NTBjMzMyMDFlMGE5MTRmNWM0YzY4OTE4M2RlYmJkY2ZhMA",', secret: 'xoxe.xoxb-1-Mi0yLTg5NTkyMDY3NTg0MDMtNjA4NTE0MjY2MDMzNy0zNDgxMjYyODI3OTU1LTU1NzA5NzA1MjA1MzEtYTczZmIyZjRjYzgyZTk3ODhjODUzN2M1ODhkZDQ5NTBjMzMyMDFlMGE5MTRmNWM0YzY4OTE4M2RlYmJkY2ZhMA' },
      ],
      negative: ["storeSecrets(fake, SLACK, { secret: 'xoxe.xoxp-1-a', refreshToken: 'xoxe-1-a' })", 'token = "xoxe.xoxp-1-8qm541cbLbz7J8rMxIMhscYnswERXghIxh0WizRk6na6YWI8u7ZIwt7W1MFVWutQAlMWT1Gkv1ObiqhOmQ3hjdjgWQ8yUgZS540LH2O03Vb1nYYX5By9G3JdgRssQmPdLaVZhiZVPluuJFX7C38tAMPKwmfKNHSo9jrQbO"'],
    },
  }),
  defineRule({
    id: 'slack-refresh-token',
    title: 'Slack refresh token',
    severity: 'high',
    keywords: ['xoxe-'],
    pattern: /(?<![A-Za-z0-9.-])(?<secret>xoxe-1-(?<body>[A-Za-z0-9+/]{100,240}={0,2}))(?![A-Za-z0-9+/=-])/,
    validate: (_secret, groups) => slackEncodedToken(groups.body ?? ''),
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SLACK_REFRESH_TOKEN=xoxe-1-My0xLTUwNDYwNTg1MjE3MDUtOTY1NjUyOTE1NTI1Ny03MzM5NDY3Mzg5Nzk0LTNjOWFiOWNhOTA5NGM5NWY2ZmM1ODRjOTRiOTRjNTA3ZGI5MjRjNDE2NTY0NjAzMzBlZTllOWQzMjIxM2NiYTY', secret: 'xoxe-1-My0xLTUwNDYwNTg1MjE3MDUtOTY1NjUyOTE1NTI1Ny03MzM5NDY3Mzg5Nzk0LTNjOWFiOWNhOTA5NGM5NWY2ZmM1ODRjOTRiOTRjNTA3ZGI5MjRjNDE2NTY0NjAzMzBlZTllOWQzMjIxM2NiYTY' },
        { text: '"refresh_token": "xoxe-1-My0xLTIyOTYwNzQ0MDE0NTEtNTgzMjMxNzEyODU5OC03NDg5MDYwNzc0MzAzLTM1OGRhZGE0MDJkNDhlNmEyZjIxNGZlZGRhZDA0YzZiMzIwNjExNWVkY2MxODQ5MThhMzM1YTg5YWJiMjUzMzQ"', secret: 'xoxe-1-My0xLTIyOTYwNzQ0MDE0NTEtNTgzMjMxNzEyODU5OC03NDg5MDYwNzc0MzAzLTM1OGRhZGE0MDJkNDhlNmEyZjIxNGZlZGRhZDA0YzZiMzIwNjExNWVkY2MxODQ5MThhMzM1YTg5YWJiMjUzMzQ' },
      ],
      negative: ['bot_refresh_token="xoxe-1-initial"', 'placeholder: "xoxe-1-..."', 'refresh = "xoxe-1-76oKkFamMHdRZsQedoJtfafBFFP7osCahnbglH1e7A6sLLjbOryWWq5iNdCegCVXhWA1p8Li5VhYXWDqCWekKAOSNk6FRoeDOTEQnJraDblJcGNCXlrNnmXgZeQPVjbGl9uJbzClPO6kOOjyMTn"'],
    },
  }),
  defineRule({
    id: 'slack-app-token',
    title: 'Slack app-level token',
    severity: 'high',
    keywords: ['xapp-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>xapp-\d-[A-Z0-9]{8,14}-\d{8,14}-[a-f0-9]{64})(?![A-Za-z0-9-])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SLACK_APP_TOKEN=xapp-1-AQ71YBVHQ3C-8361171661023-68da48e15aecc49bdc4fbee726ea673e0161c5b2fa0b83e0e014dca7284b80b3', secret: 'xapp-1-AQ71YBVHQ3C-8361171661023-68da48e15aecc49bdc4fbee726ea673e0161c5b2fa0b83e0e014dca7284b80b3' },
        { text: 'String appToken = "xapp-1-AO8DQJKCT8N-2783394159393-6a3ee8dcd5d9a4de80daf696b02480f19a39657ae7722a99a5bc7cea1b3e7ac4";', secret: 'xapp-1-AO8DQJKCT8N-2783394159393-6a3ee8dcd5d9a4de80daf696b02480f19a39657ae7722a99a5bc7cea1b3e7ac4' },
      ],
      negative: ["APP_LEVEL='xapp-1-A111-222-abc'", 'SLACK_APP_TOKEN="xapp-1-A09678HT90S-..."'],
    },
  }),
  defineRule({
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    severity: 'medium',
    keywords: ['hooks.slack.com/services'],
    pattern: /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: WEBHOOK,
    examples: {
      positive: [
        { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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', secret: 'https://hooks.slack.com/services/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' },
        { text: 'requests.post("https://hooks.slack.com/services/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", json=payload)', secret: 'https://hooks.slack.com/services/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' },
      ],
      negative: [
        'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'webhook: "https://hooks.slack.com/services/T1/B1/FAKE_WEBHOOK_URL_1"',
        'https://hooks.slack.com.evil.example/services/T0AAA/B0BBB/abc',
      ],
    },
  }),
  defineRule({
    id: 'slack-workflow-webhook-url',
    title: 'Slack Workflow Builder webhook URL',
    severity: 'medium',
    keywords: ['hooks.slack.com/workflows', 'hooks.slack.com/triggers'],
    pattern:
      /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/(?:workflows\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{15,20}\/[A-Za-z0-9]{24}|triggers\/T[A-Z0-9]{8,12}\/\d{10,16}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: WEBHOOK,
    examples: {
      positive: [
        { text: 'const webhookUrl = `https://hooks.slack.com/workflows/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`;', secret: 'https://hooks.slack.com/workflows/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' },
        { text: 'SLACK_WEBHOOK = "https://hooks.slack.com/triggers/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"', secret: 'https://hooks.slack.com/triggers/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' },
      ],
      negative: ['url: "https://hooks.slack.com/workflows/T00000/..."', 'assert.match(url("https://hooks.slack.com/triggers/T/X"), /hooks/)'],
    },
  }),
  defineRule({
    id: 'slack-app-secret',
    title: 'Slack signing secret or client secret',
    severity: 'high',
    keywords: ['slack'],
    pattern: namedValue('slack', '[a-f0-9]{32}', { word: '(?:signing|client)[_.-]?secret' }),
    minEntropy: 2.9,
    remediation: `${ROTATE} Regenerate it under Basic Information at https://api.slack.com/apps.`,
    examples: {
      positive: [
        { text: 'SLACK_SIGNING_SECRET=d7c3e560af5089b31d1271e054160cda', secret: 'd7c3e560af5089b31d1271e054160cda' },
        { text: '  slack_client_secret: "41b112dd8828c14dbeefdfe3a01b3f97"', secret: '41b112dd8828c14dbeefdfe3a01b3f97' },
        { text: '"slackClientSecret": "2ac7bc73383acbb380142e3c97bc55c1"', secret: '2ac7bc73383acbb380142e3c97bc55c1' },
      ],
      negative: ['SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}', 'SLACK_CLIENT_ID=304084292197.1929945946065'],
    },
  }),
];

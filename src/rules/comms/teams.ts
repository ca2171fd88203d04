import { defineRule, ROTATE } from '../lib/define.ts';

// Microsoft Teams (Office 365 connector) incoming webhook URLs:
// https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>
// (plus a /V2... signature segment on newer URLs), and the older outlook.office(365).com/webhook/
// form. Anyone holding the URL can post to the channel.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export default [
  defineRule({
    id: 'microsoft-teams-webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    severity: 'medium',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    pattern: new RegExp(
      `(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/V2[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
    ),
    confidence: 'high',
    remediation: `${ROTATE} Remove the Incoming Webhook connector from the channel and configure a new one.`,
    examples: {
      positive: [
        { text: 'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/0ec140d3-33ec-41f8-826b-f93474724b10@9dcc9555-9eea-4029-a9ef-393cb86ca712/IncomingWebhook/376838a25020aacf41c7f91571807ced/5a8c7892-5bd0-43ed-ae48-9a9bf9afc23b', secret: 'https://contoso.webhook.office.com/webhookb2/0ec140d3-33ec-41f8-826b-f93474724b10@9dcc9555-9eea-4029-a9ef-393cb86ca712/IncomingWebhook/376838a25020aacf41c7f91571807ced/5a8c7892-5bd0-43ed-ae48-9a9bf9afc23b' },
        { text: '"url": "https://outlook.office.com/webhook/6ba108aa-3132-4ed1-a4ec-04e43407a3b1@8b02e36f-ef43-4d59-a6bb-61d8540d38bb/IncomingWebhook/eb39b220272e28867a594ebaff663347/355c25df-94ea-4e37-b2a8-eaaf2149dbab"', secret: 'https://outlook.office.com/webhook/6ba108aa-3132-4ed1-a4ec-04e43407a3b1@8b02e36f-ef43-4d59-a6bb-61d8540d38bb/IncomingWebhook/eb39b220272e28867a594ebaff663347/355c25df-94ea-4e37-b2a8-eaaf2149dbab' },
        { text: 'teams_url: https://acme.webhook.office.com/webhookb2/acfa0253-3b20-4a2b-8c3d-f9c6690bd371@1386dcd7-5a75-4ac7-8f81-b76f054c491c/IncomingWebhook/3ff0bb1c746e57b0a52de34b14aee62b/92cfb620-466a-4b1e-adcb-3ab4bf851d5c/V25C1GAAL_sTP49qVzj9WsJ-7QgZ2mXl-c0z4FGPs7Hnp', secret: 'https://acme.webhook.office.com/webhookb2/acfa0253-3b20-4a2b-8c3d-f9c6690bd371@1386dcd7-5a75-4ac7-8f81-b76f054c491c/IncomingWebhook/3ff0bb1c746e57b0a52de34b14aee62b/92cfb620-466a-4b1e-adcb-3ab4bf851d5c/V25C1GAAL_sTP49qVzj9WsJ-7QgZ2mXl-c0z4FGPs7Hnp' },
      ],
      negative: ['TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/...', 'see https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/'],
    },
  }),
];

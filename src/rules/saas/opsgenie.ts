import { defineRule, ROTATE } from '../lib/define.ts';

// Opsgenie API keys are UUIDs, sent as "GenieKey <uuid>"; taken after that scheme or next to an Opsgenie name.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export default [
  defineRule({
    id: 'opsgenie-api-key',
    title: 'Opsgenie API key',
    severity: 'high',
    keywords: ['opsgenie', 'geniekey'],
    pattern: new RegExp(`(?:opsgenie[\\w.-]{0,30}?["']?\\s{0,5}(?:=>|:=|=|:)\\s{0,5}["']?|GenieKey[ \\t]{1,4})(?<secret>${UUID})(?![A-Za-z0-9-])`, 'i'),
    confidence: 'medium',
    remediation: `${ROTATE} Delete the key in Opsgenie under Settings > API key management (or the integration).`,
    examples: {
      positive: [
        { text: 'OPSGENIE_API_KEY=98171636-2cf2-459e-b972-eaa76099f767', secret: '98171636-2cf2-459e-b972-eaa76099f767' },
        { text: 'curl -H "Authorization: GenieKey 6236b87a-3c85-43bb-bb67-8ab4c8970d75" https://api.opsgenie.com/v2/alerts', secret: '6236b87a-3c85-43bb-bb67-8ab4c8970d75' },
      ],
      negative: ['OPSGENIE_API_URL=https://api.eu.opsgenie.com', 'OPSGENIE_API_KEY=${OPSGENIE_KEY}'],
    },
  }),
];

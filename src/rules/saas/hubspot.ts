import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// HubSpot private app tokens: pat- + region (na1, eu1, ap1...) + - + UUID. Legacy API keys
// (hapikey, retired 2022) are bare UUIDs, taken next to a HubSpot name.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const REVOKE = `${ROTATE} Rotate the token in HubSpot under Settings > Integrations > Private Apps.`;

export default [
  defineRule({
    id: 'hubspot-private-app-token',
    title: 'HubSpot private app access token',
    severity: 'high',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    pattern: new RegExp(`(?<![A-Za-z0-9-])(?<secret>pat-(?:na|eu|ap)[0-9]-${UUID})(?![A-Za-z0-9-])`),
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-695f7901-e802-47f8-84cf-062e093e8300', secret: 'pat-na1-695f7901-e802-47f8-84cf-062e093e8300' },
        { text: "const hubspot = new Client({ accessToken: 'pat-eu1-1a27e061-4c9d-47f1-8394-2adc993d47cb' })", secret: 'pat-eu1-1a27e061-4c9d-47f1-8394-2adc993d47cb' },
      ],
      negative: ['HUBSPOT_ACCESS_TOKEN=pat-na1-cea64e609e63dc8d6e5bcc143924cccf', 'HUBSPOT_ACCESS_TOKEN=pat-na1-<token>'],
    },
  }),
  defineRule({
    id: 'hubspot-api-key',
    title: 'HubSpot API key (legacy)',
    severity: 'high',
    keywords: ['hubspot', 'hapikey'],
    pattern: assignedAfter('hubspot|hapikey', UUID),
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'HUBSPOT_API_KEY=40d401a8-1319-4df8-ae86-658b0c54f8ad', secret: '40d401a8-1319-4df8-ae86-658b0c54f8ad' },
        { text: 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=93702353-acd9-49e5-8746-c38a01775e52', secret: '93702353-acd9-49e5-8746-c38a01775e52' },
      ],
      negative: ['HUBSPOT_PORTAL_ID=24387514', 'HUBSPOT_API_KEY=${HUBSPOT_KEY}'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Splunk HTTP Event Collector tokens are UUIDs: taken after the `Splunk` authorization scheme
// or next to a Splunk / HEC name.
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export default [
  defineRule({
    id: 'splunk-hec-token',
    title: 'Splunk HTTP Event Collector token',
    severity: 'high',
    keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken'],
    pattern: new RegExp(
      `(?:splunk[ \\t]{1,4}|(?:splunk|hec)[\\w.-]{0,30}?["']?\\s{0,5}(?:=>|:=|=|:)\\s{0,5}["']?)(?<secret>${UUID})(?![A-Za-z0-9-])`,
      'i',
    ),
    confidence: 'medium',
    remediation: `${ROTATE} Disable and delete the token under Settings > Data Inputs > HTTP Event Collector in Splunk.`,
    examples: {
      positive: [
        { text: 'curl -H "Authorization: Splunk df411509-5ff6-406c-92c2-66f47b218ef5" https://splunk.corp:8088/services/collector', secret: 'df411509-5ff6-406c-92c2-66f47b218ef5' },
        { text: 'SPLUNK_HEC_TOKEN=ba07f4ed-57d4-45ad-a1ed-ea6615cdb32b', secret: 'ba07f4ed-57d4-45ad-a1ed-ea6615cdb32b' },
        { text: 'hec_token: "1d250177-2cad-4bec-af3a-a0e66bb91a44"', secret: '1d250177-2cad-4bec-af3a-a0e66bb91a44' },
      ],
      negative: ['splunk_index: main', 'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000'],
    },
  }),
];

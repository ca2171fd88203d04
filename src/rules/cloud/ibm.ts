import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedName } from '../lib/context.ts';

// IBM Cloud IAM API keys: 44 characters of [A-Za-z0-9_-] with no prefix, so an IBM name must
// stand next to them.
export default [
  defineRule({
    id: 'ibm-cloud-api-key',
    title: 'IBM Cloud API key',
    severity: 'critical',
    keywords: ['ibm', 'ic_api_key'],
    pattern: new RegExp(
      `(?:${assignedName(['ibmcloud', 'ibm_cloud', 'ibm-cloud', 'ibm'], ['apikey', 'api_key', 'api-key', 'key'])}|${assignedName(['ic_api_key'])})` +
        '(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])',
    ),
    minEntropy: 4,
    remediation: `${ROTATE} Delete the key under Manage > Access (IAM) > API keys and review the account's activity tracker.`,
    examples: {
      positive: [
        { text: 'IBMCLOUD_API_KEY=T7s4TrOTCQzZAmKgiMaOWnPxJiPGCxcdNCX5mPGB36ip', secret: 'T7s4TrOTCQzZAmKgiMaOWnPxJiPGCxcdNCX5mPGB36ip' },
        { text: 'ibm_api_key: "naX1YC-zvlI_GedDDXmEIFglBspNS69rvmXwYsHn7B3V"', secret: 'naX1YC-zvlI_GedDDXmEIFglBspNS69rvmXwYsHn7B3V' },
        { text: 'export IC_API_KEY=UcYFhwRynSVEZ4yXaAegCiDwqv_eMLwSK5_SWTgwItxm', secret: 'UcYFhwRynSVEZ4yXaAegCiDwqv_eMLwSK5_SWTgwItxm' },
      ],
      negative: ['IBMCLOUD_API_KEY=<your api key>', 'IBM_CLOUD_REGION=us-south', 'ibm_region = "tlUPnd3o4Gp4FQWMOWrYZrqt43SZdayPqx9stMzusr8_"'],
    },
  }),
];

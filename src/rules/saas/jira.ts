import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64 } from '../lib/encoding.ts';

// Jira Server / Data Center personal access tokens: 44 base64 characters that decode to a
// numeric key id, a colon and 20 random bytes. (Atlassian Cloud tokens are another family's rule.)
function isDataCenterPat(secret: string): boolean {
  const buf = decodeBase64(secret);
  if (!buf || buf.length !== 33) return false;
  const colon = buf.indexOf(0x3a);
  if (colon < 6) return false;
  for (let i = 0; i < colon; i++) if (buf[i] < 0x30 || buf[i] > 0x39) return false;
  return true;
}

export default [
  defineRule({
    id: 'jira-personal-access-token',
    title: 'Jira Data Center personal access token',
    severity: 'high',
    keywords: ['jira'],
    pattern: /jira[\w.-]{0,30}?["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?:Bearer\s{1,4})?(?<secret>[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])/i,
    validate: (secret) => (isDataCenterPat(secret) ? true : false),
    remediation: `${ROTATE} Revoke it in Jira under Profile > Personal Access Tokens.`,
    examples: {
      positive: [
        { text: 'JIRA_TOKEN=MTQ2NzUxNDAxNjk5OiLSmyZk8xhoo1S5cW+IESx/Gh0e', secret: 'MTQ2NzUxNDAxNjk5OiLSmyZk8xhoo1S5cW+IESx/Gh0e' },
        { text: '  jira_token: "MTkwNjQzMjgxODA2OlEM5CusoZS1bAn4USgIgzboyHF4"', secret: 'MTkwNjQzMjgxODA2OlEM5CusoZS1bAn4USgIgzboyHF4' },
      ],
      negative: ['JIRA_TOKEN=VroXlE495hiUt7VjkB8kKHnR9J70VjCI4MdBcaRMqSHY', 'JIRA_URL=https://jira.corp.internal/browse/OPS-1234'],
    },
  }),
];

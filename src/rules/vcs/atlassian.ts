import { defineRule, ROTATE } from '../lib/define.ts';
import { checksumProves, hasTrailingHexCrc32 } from '../lib/checksum.ts';

// Atlassian account API tokens (Jira, Confluence, Bitbucket REST): ATATT3xFfGF0, a base64url
// body, "=", then 8 hex digits of the CRC-32 of everything before them.
export default [
  defineRule({
    id: 'atlassian-api-token',
    title: 'Atlassian API token',
    severity: 'critical',
    keywords: ['atatt3'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_-]{100,300}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
    validate: checksumProves(hasTrailingHexCrc32),
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} Revoke it at https://id.atlassian.com/manage-profile/security/api-tokens.`,
    examples: {
      positive: [
        { text: 'JIRA_API_TOKEN=ATATT3xFfGF0LDmmQVBXOOpKZ1LNn3rrA49Rd8OjVyApN5M3FcOmKQBttKDciGSXkMVsVY5_0SEEABcZFokCTDLwLLXc9FCA1O1lulJrBtRRsGvSTpEiYdrHpWBI7fRKC_TdQTEG2wdIuFnDTzjxoXeMTtBSXfXDxGtSOsO2soz1p2vKNDhUK_K=DD6A07AA', secret: 'ATATT3xFfGF0LDmmQVBXOOpKZ1LNn3rrA49Rd8OjVyApN5M3FcOmKQBttKDciGSXkMVsVY5_0SEEABcZFokCTDLwLLXc9FCA1O1lulJrBtRRsGvSTpEiYdrHpWBI7fRKC_TdQTEG2wdIuFnDTzjxoXeMTtBSXfXDxGtSOsO2soz1p2vKNDhUK_K=DD6A07AA' },
        { text: 'auth = ("ops@acme.test", "ATATT3xFfGF03p6q1OXnYGspndw7FI7JycRuVyiOpfKTDcuOa1AOSAzt-FdmV3pv-gus0R35fTDa38oCVItsqDNQ8IUA5RqJhJJlC553poUnQPErqXIkI3MCrY5yzAiy0tnvKVHc7JCJZ5eHBmavnhZH_rRtjteGIkIRk0N8AWhJF-IhjnDqQw5=E1D84B0C")', secret: 'ATATT3xFfGF03p6q1OXnYGspndw7FI7JycRuVyiOpfKTDcuOa1AOSAzt-FdmV3pv-gus0R35fTDa38oCVItsqDNQ8IUA5RqJhJJlC553poUnQPErqXIkI3MCrY5yzAiy0tnvKVHc7JCJZ5eHBmavnhZH_rRtjteGIkIRk0N8AWhJF-IhjnDqQw5=E1D84B0C' },
        { text: 'confluence_token: ATATT3xFfGF0amPf8fXASUbDP8DC1uiNdmW9nyeAdmrUU8_jW6ZyAeWwqBAn1TgdYsfcoEQJAid27UH0rQNO67mnIaVCqFljOq48sapOUcz0E6mUS7BA9xsWKtn9HFQdZ724amiBpgQuJrgUFGxyttcAz0HxDD0jYCufL7g8rS7UVHYxJZPmjXH=94C44BBB', secret: 'ATATT3xFfGF0amPf8fXASUbDP8DC1uiNdmW9nyeAdmrUU8_jW6ZyAeWwqBAn1TgdYsfcoEQJAid27UH0rQNO67mnIaVCqFljOq48sapOUcz0E6mUS7BA9xsWKtn9HFQdZ724amiBpgQuJrgUFGxyttcAz0HxDD0jYCufL7g8rS7UVHYxJZPmjXH=94C44BBB' },
      ],
      negative: ['JIRA_API_TOKEN=ATATT3xFfGF0...', 'ATATT3H3_N8e-8yLhTiCCwQbPkNtOnga_qvlo5ezjmbfFf=0D1E2012', 'Atlassian account API tokens (starting `ATATT3`) will not work with git'],
    },
  }),
];

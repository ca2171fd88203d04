import { defineRule, ROTATE } from '../lib/define.ts';

// Databricks personal access tokens: dapi + 32 hex, sometimes with a -2 style suffix.
export default [
  defineRule({
    id: 'databricks-token',
    title: 'Databricks personal access token',
    severity: 'critical',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9-])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it in Databricks under User Settings > Developer > Access tokens.`,
    examples: {
      positive: [
        { text: 'DATABRICKS_TOKEN=dapi1435fa0f6b524712529d563d3a056770', secret: 'dapi1435fa0f6b524712529d563d3a056770' },
        { text: '[DEFAULT]\nhost = https://adb-123.azuredatabricks.net\ntoken = dapie961170298b2a444a065e021908c122d-2', secret: 'dapie961170298b2a444a065e021908c122d-2' },
      ],
      negative: ['DATABRICKS_TOKEN=dapi7253a69e9760c1a738f6', 'rapidapib1b1c2cabb144369f826c536e09ab282'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// HCP Terraform / Terraform Enterprise API tokens: 14-character id, ".atlasv1.", 60-70 characters.
export default [
  defineRule({
    id: 'terraform-cloud-token',
    title: 'HCP Terraform (Terraform Cloud) API token',
    severity: 'critical',
    keywords: ['.atlasv1.'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    minEntropy: 4,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it in HCP Terraform under User Settings > Tokens (or the organization/team token page).`,
    examples: {
      positive: [
        { text: 'credentials "app.terraform.io" {\n  token = "dKT4k5iCrTJzA4.atlasv1.btfMMtcC1pjTxQ6p9tpGMvRYabFCUJrtidrPz8dGj5zHeYunBNulKG2rH8PC0hCnheH"\n}', secret: 'dKT4k5iCrTJzA4.atlasv1.btfMMtcC1pjTxQ6p9tpGMvRYabFCUJrtidrPz8dGj5zHeYunBNulKG2rH8PC0hCnheH' },
        { text: 'TFE_TOKEN=25sk7fkXjbCAuN.atlasv1.AdNkKEODcC5lO5VKg6l1DtBHZN4-E6TKE7mkP1dgDGrZQxDqtgbogdEpOcFtFE7l', secret: '25sk7fkXjbCAuN.atlasv1.AdNkKEODcC5lO5VKg6l1DtBHZN4-E6TKE7mkP1dgDGrZQxDqtgbogdEpOcFtFE7l' },
      ],
      negative: ['TFE_TOKEN=uvDshKzaM8G4TN.atlasv1.weunf79MCnQbPzCIa3aE', 'token = "mhVn15hHLylFvQ.atlasv1.jAH..."'],
    },
  }),
];

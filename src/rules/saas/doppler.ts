import { defineRule, ROTATE } from '../lib/define.ts';

// Doppler tokens: dp. + type (pt personal, ct CLI, st service, sa service account, scim, audit)
// + . + 43 alphanumerics; service tokens may carry the config slug (dp.st.prd.<43>).
const REVOKE = `${ROTATE} Revoke it in the Doppler dashboard (Tokens / Access for the project or workplace).`;

const doppler = (type: string, id: string, title: string, values: [string, string, string], body = '[A-Za-z0-9]{43}') =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [`dp.${type}.`],
    pattern: new RegExp(`(?<![A-Za-z0-9.])(?<secret>dp\\.${type}\\.${body})(?![A-Za-z0-9])`),
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: `DOPPLER_TOKEN=dp.${type}.${values[0]}`, secret: `dp.${type}.${values[0]}` },
        { text: `  doppler_token: "dp.${type}.${values[1]}"`, secret: `dp.${type}.${values[1]}` },
      ],
      negative: [`DOPPLER_TOKEN=dp.${type}.${values[2]}`, `DOPPLER_TOKEN=dp.${type}.<token>`],
    },
  });

const service = doppler('st', 'doppler-service-token', 'Doppler service token', ['t6BZ5zrujIPuzDRZaNp5GcmHx1d3UfF2cXKbRAhpF5M', 'QaEXchE89Y6cfDuMoiIr69wODv8MX7YA3jkt11a75Kt', '1GekPtulpiuHFh6RC0a6'], '(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}');
service.examples.positive.push({ text: 'DOPPLER_TOKEN=dp.st.prd.apLTOJiPCXbl3wn1W3OKEPJVYVooL3SDKMFu7sREGS1', secret: 'dp.st.prd.apLTOJiPCXbl3wn1W3OKEPJVYVooL3SDKMFu7sREGS1' });

export default [
  doppler('pt', 'doppler-personal-token', 'Doppler personal token', ['HFtiBrgGRpXX9f7EPoFQg5htl18iL2qugGyZQ9hUjuV', '2gqgo0SSTwekowl3sh3s9tOQMd3qQQOhjO8EnmCUlMm', '1ocJ6NjLflYj9eYFBwau']),
  doppler('ct', 'doppler-cli-token', 'Doppler CLI token', ['SIJEBUjCywVefMNtLazQt2k3e29HmPvaLGBT1hgP0FP', '3ZdvjgMKyVXR4j3reXZ5BHxGiRF9sJkTd1qpkqphRQF', 'Mi1Vtw1AEkksjt4LNQUV']),
  service,
  doppler('sa', 'doppler-service-account-token', 'Doppler service account token', ['R5dsgshnmJgTpr2rtOtaqSYirEe0KznnwNqPC0lQDz1', 'EtCUfqlybtJwVbIHIMr0Se0YBbjXZRXKC337NspzMTb', '4BvjMjLCBiYzw8Yw1Bxd']),
  doppler('scim', 'doppler-scim-token', 'Doppler SCIM token', ['J4FNHCLnCaUkWaGmy8JHiQC37XBHBetpiFKHOvRJhdX', 'JVyvCN4td5rIZofMVODjWL83HRWZ96NcokN8MDpUJ5t', 'nW7Z230v4fkrkjjwwMJt']),
  doppler('audit', 'doppler-audit-token', 'Doppler audit token', ['SfaqYH2p7CdeO2ouHEJtn6ZIy6ug5kecK09PMdLrz1B', 'fzEDo8WqsnJ0wzTOSHctb7efGESjTMCfiYEY4SzOaVx', 'VQkupKd9vUSTe9hULs5N']),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// CircleCI: personal API tokens CCIPAT_ and project tokens CCIPRJ_, each 22 alphanumerics, "_",
// and 40 hex. Tokens issued before the prefix are 40 hex and need a CircleCI name nearby.
export default [
  defineRule({
    id: 'circleci-personal-token',
    title: 'CircleCI personal API token',
    severity: 'critical',
    keywords: ['ccipat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    confidence: 'high',
    remediation: `${ROTATE} Delete it under User Settings > Personal API Tokens in CircleCI.`,
    examples: {
      positive: [
        { text: "'Circle-Token': 'CCIPAT_ccYXEJ517oNKgfjW2HyyuQ_57b414b2071c4c4e190d0a42d14ce688ea31e32e'", secret: 'CCIPAT_ccYXEJ517oNKgfjW2HyyuQ_57b414b2071c4c4e190d0a42d14ce688ea31e32e' },
        { text: 'export CIRCLECI_TOKEN=CCIPAT_WdRXnuYksMS8kDglvmPY66_b1eb8e7e393d284601f89014a676722aca7e76b9', secret: 'CCIPAT_WdRXnuYksMS8kDglvmPY66_b1eb8e7e393d284601f89014a676722aca7e76b9' },
      ],
      negative: ['export CIRCLECI_TOKEN=CCIPAT_...', 'ccipat_PLACEHOLDER_syncer_test_value', 'CCIPAT_rOGcoC8LNV2hgaGjdVmyho_3b6a4456c96c3edd23c387997eea07'],
    },
  }),
  defineRule({
    id: 'circleci-project-token',
    title: 'CircleCI project API token',
    severity: 'high',
    keywords: ['cciprj_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    confidence: 'high',
    remediation: `${ROTATE} Delete it under Project Settings > API Permissions in CircleCI.`,
    examples: {
      positive: [
        { text: 'CIRCLE_PROJECT_TOKEN=CCIPRJ_Cm7ipMhSCvnFF50ocwX3VM_cc61ee503a2991188c2f4b5ceb10632136d7857c', secret: 'CCIPRJ_Cm7ipMhSCvnFF50ocwX3VM_cc61ee503a2991188c2f4b5ceb10632136d7857c' },
        { text: 'curl -u CCIPRJ_VCIjZkgwBPOZITzk6rllbn_2d55ebe624c149e01db6798b478cce55f201d1e6: https://circleci.com/api/v2/me', secret: 'CCIPRJ_VCIjZkgwBPOZITzk6rllbn_2d55ebe624c149e01db6798b478cce55f201d1e6' },
      ],
      negative: ['CCIPRJ_…', 'CCIPRJ_iCiZyNIoAtOSp2UyK6jnYl_6hZ1Bn9pjZNFnbfjLpELKyCSX1nnuftdq1kmZbWzx', 'CCIPRJ_fYtB19K6hX'],
    },
  }),
  defineRule({
    id: 'circleci-token-legacy',
    title: 'CircleCI API token (unprefixed)',
    severity: 'critical',
    keywords: ['circle'],
    pattern: new RegExp(assignment({ names: ['circleci', 'circle'], labels: ['token', 'key'], value: '[a-f0-9]{40}' })),
    minEntropy: 3.5,
    remediation: `${ROTATE} Delete it under User Settings > Personal API Tokens in CircleCI.`,
    examples: {
      positive: [
        { text: 'CIRCLECI_TOKEN=ee8f63fa6ec90ca97c60cb5b8065cb9bb3338e77', secret: 'ee8f63fa6ec90ca97c60cb5b8065cb9bb3338e77' },
        { text: 'circle-token: "0af39ac6f4bce632c1941d136ad876dbaf1163bd"', secret: '0af39ac6f4bce632c1941d136ad876dbaf1163bd' },
      ],
      negative: ['CIRCLE_SHA1=8b2a43458ec660a457e964eddda618f166d24415', 'CIRCLECI_TOKEN=${CIRCLECI_TOKEN}', 'CIRCLE_BUILD_URL=https://circleci.com/gh/acme/api/1234'],
    },
  }),
];

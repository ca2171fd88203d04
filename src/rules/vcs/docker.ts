import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBasicAuth } from '../lib/encoding.ts';

// Docker Hub personal access tokens (dckr_pat_) and organization access tokens (dckr_oat_),
// and the base64 "user:password" that `docker login` stores in config.json ("auths" entries,
// Kubernetes .dockerconfigjson).
const REVOKE = 'Delete it under Account settings > Personal access tokens on Docker Hub (organization tokens: the organization\'s Access tokens).';

export default [
  defineRule({
    id: 'docker-hub-pat',
    title: 'Docker Hub personal access token',
    severity: 'critical',
    keywords: ['dckr_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>dckr_pat_[A-Za-z0-9_-]{27,32})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: 'echo dckr_pat_fRdOew_XTGxr66IbNagleOES9k_ | docker login -u acmebot --password-stdin', secret: 'dckr_pat_fRdOew_XTGxr66IbNagleOES9k_' },
        { text: 'DOCKERHUB_TOKEN=dckr_pat_eS0WipXo9bolXdXEzREjBpCrA3Z', secret: 'dckr_pat_eS0WipXo9bolXdXEzREjBpCrA3Z' },
      ],
      negative: ['DOCKERHUB_TOKEN=dckr_pat_...', 'dckr_pat_NsPe2N8dDadONVubM6F0', 'Existing dckr_pat_/dckr_oat_ rules remain distinct.'],
    },
  }),
  defineRule({
    id: 'docker-hub-oat',
    title: 'Docker Hub organization access token',
    severity: 'critical',
    keywords: ['dckr_oat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>dckr_oat_[A-Za-z0-9_-]{27,32})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: 'DOCKER_API_TOKEN_CLOUD=dckr_oat_AorvdT9B0vmo-xBCxR52ED07goPWJz4P', secret: 'dckr_oat_AorvdT9B0vmo-xBCxR52ED07goPWJz4P' },
        { text: '  password: "dckr_oat_hEST5cMFQ9Vh2uk-e8CNtLCb-tNHtvec"', secret: 'dckr_oat_hEST5cMFQ9Vh2uk-e8CNtLCb-tNHtvec' },
      ],
      negative: ['DOCKER_API_TOKEN_CLOUD=dckr_oat_...', 'token starts with: dckr_oat_', 'dckr_oat_7rnNNeancuM8YjJA'],
    },
  }),
];

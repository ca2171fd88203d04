import { defineRule, ROTATE } from '../lib/define.ts';

// Supabase. Management API tokens: sbp_ (or sbp_oauth_) + 40 hex. Project secret keys (2025):
// sb_secret_ + 31 base64url characters. Publishable keys (sb_publishable_) are public. Legacy
// service_role keys are JWTs and left to the JWT rule.
const LOCAL_DEV_SECRET = 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'; // printed by `supabase start` for every local stack

export default [
  defineRule({
    id: 'supabase-access-token',
    title: 'Supabase management API access token',
    severity: 'critical',
    keywords: ['sbp_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_(?:oauth_)?[a-f0-9]{40})(?![A-Za-z0-9_])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it under Account > Access Tokens in the Supabase dashboard.`,
    examples: {
      positive: [
        { text: 'SUPABASE_ACCESS_TOKEN=sbp_fc6b3f81e33ebab90795d630e515a70da6777a81', secret: 'sbp_fc6b3f81e33ebab90795d630e515a70da6777a81' },
        { text: '"access_token": "sbp_oauth_a3b47aaa0424a4609cf993704f31eec4710e4920"', secret: 'sbp_oauth_a3b47aaa0424a4609cf993704f31eec4710e4920' },
      ],
      negative: ['SUPABASE_ACCESS_TOKEN=sbp_…', 'sbp_18aea3d0410d835fd41e2b2594df67db', 'sbp_3565C57BFF0D4236433AB7C28C1C64C12BC5940D'],
    },
  }),
  defineRule({
    id: 'supabase-secret-key',
    title: 'Supabase secret API key',
    severity: 'critical',
    keywords: ['sb_secret_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sb_secret_[A-Za-z0-9_-]{31})(?![A-Za-z0-9_-])/,
    validate: (secret) => (secret === LOCAL_DEV_SECRET ? false : undefined),
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Delete it under Project Settings > API Keys and create a new secret key.`,
    examples: {
      positive: [
        { text: 'SUPABASE_SECRET_KEY=sb_secret_tTOoDGlXRJowptSAqkZYj7_MpeW_uvJ', secret: 'sb_secret_tTOoDGlXRJowptSAqkZYj7_MpeW_uvJ' },
        { text: "createClient(url, 'sb_secret_GrN7W--eGkaoFCBcsJ2NUR_H-rRQn4r')", secret: 'sb_secret_GrN7W--eGkaoFCBcsJ2NUR_H-rRQn4r' },
      ],
      negative: [
        'const LOCAL_SERVICE_KEY = "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz";',
        "SUPABASE_SECRET_KEY: 'sb_secret_qa'",
        'SUPABASE_PUBLISHABLE_KEY=sb_publishable_iaR22dvLHD7GrTq6KKyLLO_AnA93Ep9',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Typeform personal access tokens: tfp_ + 44 characters + _ + 12-14 characters.
export default [
  defineRule({
    id: 'typeform-personal-access-token',
    title: 'Typeform personal access token',
    severity: 'high',
    keywords: ['tfp_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{12,14})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it at https://admin.typeform.com/user/tokens.`,
    examples: {
      positive: [
        { text: 'TYPEFORM_TOKEN=tfp_Tmv40JvQPaNKJA1bm6y07a6oT7jheEtZxKWr3hWjiv8D_45pFXDCbA8NKom', secret: 'tfp_Tmv40JvQPaNKJA1bm6y07a6oT7jheEtZxKWr3hWjiv8D_45pFXDCbA8NKom' },
        { text: "headers: { Authorization: 'Bearer tfp_M6PMDA8aPJeOY3FvRaMBkMeiLToe8QgB5XDaDRmXYCoL_12lqXT0xypl3' }", secret: 'tfp_M6PMDA8aPJeOY3FvRaMBkMeiLToe8QgB5XDaDRmXYCoL_12lqXT0xypl3' },
      ],
      negative: ['TYPEFORM_TOKEN=tfp_gfEhujXijv2V12Ykm397o6GX5Wy44R', 'ttfp_seconds = 1.6'],
    },
  }),
];

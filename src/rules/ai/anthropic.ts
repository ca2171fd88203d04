import { defineRule, ROTATE } from '../lib/define.ts';

// Anthropic keys: sk-ant-<kind><version>- then 93 base64url characters and a literal `AA`
// (108 characters for API keys). The fixed tail is part of the format, so a full match is
// structural proof. Claude OAuth tokens (sk-ant-oat01- access, sk-ant-ort01- refresh) use the
// same family prefix; their tail is checked the same way.

const REVOKE = `${ROTATE} Revoke it at https://console.anthropic.com/settings/keys.`;

export default [
  defineRule({
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    severity: 'high',
    keywords: ['sk-ant-api'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api\d{2}-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'ANTHROPIC_API_KEY=sk-ant-api03-n5RnnB7xAjRoobTJvENeXSb2CemfMNaBuYyh8s6SotriWhtU1hA--wEEj8W7iMS3bzBDzVJVM2jfjHaPbVlGSeKlJsvpFAA', secret: 'sk-ant-api03-n5RnnB7xAjRoobTJvENeXSb2CemfMNaBuYyh8s6SotriWhtU1hA--wEEj8W7iMS3bzBDzVJVM2jfjHaPbVlGSeKlJsvpFAA' },
        { text: 'client = anthropic.Anthropic(api_key="sk-ant-api03-uNfeUAcJDg2bl-7e1By8F0Ba85rq49XE5abUtYvNzOXrz5hKz3yO3XsPZ_-91mVJI56dA1poE8JC0TsIVjj4q6Qn8WeB8AA")', secret: 'sk-ant-api03-uNfeUAcJDg2bl-7e1By8F0Ba85rq49XE5abUtYvNzOXrz5hKz3yO3XsPZ_-91mVJI56dA1poE8JC0TsIVjj4q6Qn8WeB8AA' },
      ],
      negative: [
        'ANTHROPIC_API_KEY=sk-ant-api03-DeployKey123456789012345678901234567890abc',
        'ANTHROPIC_API_KEY=sk-ant-api03-yQOQcnJwcf6qvd4Ua32Vdnbl3XeBzrcplHtvbLQOael9n_tvcwo_46VQmRy11YkJNeqb4GoRtMWKVj17boj8-2v_2enskBB',
        'placeholder="sk-ant-api03-..."',
      ],
    },
  }),
  defineRule({
    id: 'anthropic-admin-key',
    title: 'Anthropic Admin API key',
    severity: 'critical',
    keywords: ['sk-ant-admin'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin\d{2}-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it at https://console.anthropic.com/settings/admin-keys.`,
    examples: {
      positive: [
        { text: 'ANTHROPIC_ADMIN_KEY="sk-ant-admin01-HDAkqy3P7qrYuOjqYZyWNG37KsZ3RWe7ts8Bs_-En78Advq7Ez-QwJqEuyvkWEohpnTSxF6nPs1jZKU2EgLUZkRCki0KTAA"', secret: 'sk-ant-admin01-HDAkqy3P7qrYuOjqYZyWNG37KsZ3RWe7ts8Bs_-En78Advq7Ez-QwJqEuyvkWEohpnTSxF6nPs1jZKU2EgLUZkRCki0KTAA' },
        { text: "headers: { 'x-api-key': 'sk-ant-admin01-7r6xnRKsQsIusLE-PV5UVNat_VwQx4ZuSmhXy3z8N91l0Z6hDjpFjtVTTFERn1SJx9nxZAejtnp1EFa1bh1MY25atXHSmAA' }", secret: 'sk-ant-admin01-7r6xnRKsQsIusLE-PV5UVNat_VwQx4ZuSmhXy3z8N91l0Z6hDjpFjtVTTFERn1SJx9nxZAejtnp1EFa1bh1MY25atXHSmAA' },
      ],
      negative: [
        "ANTHROPIC_ADMIN_API_KEY: 'sk-ant-admin01-test'",
        'SecureField("Admin API key (sk-ant-admin01-...)", text: $adminKeyInput)',
      ],
    },
  }),
  defineRule({
    id: 'anthropic-oauth-token',
    title: 'Anthropic (Claude) OAuth token',
    severity: 'high',
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-o[ar]t\d{2}-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])/,
    validate: (secret) => (secret.endsWith('AA') ? true : undefined),
    minEntropy: 4,
    remediation: `${ROTATE} Sign out of the Claude session that issued it (claude.ai settings) so the token is revoked.`,
    examples: {
      positive: [
        { text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-1b61iPzWkWs4uXqQ0NVDvPgYOM5ijlDaWZXRAKskPUL5-t7Y9n2uSyYaZoFLvzN1ifvSOCuhzohjNeSMcI8TeKq2Tf7pmAA', secret: 'sk-ant-oat01-1b61iPzWkWs4uXqQ0NVDvPgYOM5ijlDaWZXRAKskPUL5-t7Y9n2uSyYaZoFLvzN1ifvSOCuhzohjNeSMcI8TeKq2Tf7pmAA' },
        { text: '"refreshToken": "sk-ant-ort01-nfWIkiu4sqaLfpMex7RAg7snykYIaNaPc1tW6OXSYWTWBsshrO9VVCLtWFEXGfiz9_p0Vq7L1mw7ZjgN9vRFn3p3oD4cgAA"', secret: 'sk-ant-ort01-nfWIkiu4sqaLfpMex7RAg7snykYIaNaPc1tW6OXSYWTWBsshrO9VVCLtWFEXGfiz9_p0Vq7L1mw7ZjgN9vRFn3p3oD4cgAA' },
      ],
      negative: [
        'setup_token = "sk-ant-oat01-TEST_SETUP_TOKEN_NOT_REAL"',
        'const TOKEN_PREFIX = "sk-ant-oat01-";',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { checksumProves, hasBase62Crc32 } from '../lib/checksum.ts';
import { assignment } from '../lib/context.ts';
import type { ExampleHit } from '../../engine/types.ts';

// Vercel credentials (2025 format): a kind prefix, 50 random base62 characters and 6 base62
// characters of their CRC-32, as GitHub does. Older tokens (24 characters) need a Vercel name.
const REVOKE = 'Delete it under Account Settings > Tokens (integration and app tokens: remove the integration or app).';

const prefixed = (prefix: string, id: string, title: string, positives: ExampleHit[]) =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[A-Za-z0-9]{56})(?![A-Za-z0-9_])`),
    validate: checksumProves((secret) => hasBase62Crc32(secret.slice(prefix.length))),
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: positives,
      negative: [`VERCEL_TOKEN=${prefix}xxxx...`, `${prefix}aUJ5U0qAbxLouItgUJKjiy8KvdGUNVu8wCU35hIb`, `VERCEL_TOKEN=${prefix}your_vercel_api_token`],
    },
  });

export default [
  prefixed('vcp_', 'vercel-personal-access-token', 'Vercel personal access token', [
    { text: 'VERCEL_TOKEN=vcp_SbTWK8465q8ehiPvjrAgbVz3EI3EeoIpoNFNoLUFkGQFM19fiQ0yd586', secret: 'vcp_SbTWK8465q8ehiPvjrAgbVz3EI3EeoIpoNFNoLUFkGQFM19fiQ0yd586' },
    { text: 'vercel deploy --prod --token vcp_7ISMpHeXgQj9IAv6anV6BQLopVAikcJJaXxVGLiSuNLBcrEaGE47mjAG', secret: 'vcp_7ISMpHeXgQj9IAv6anV6BQLopVAikcJJaXxVGLiSuNLBcrEaGE47mjAG' },
    { text: 'token: "vcp_IiR269mDaWH6af7GThg6mZsMOJwN5nOZwfkQ5HpmTzPhOVuWH3Wsym14"', secret: 'vcp_IiR269mDaWH6af7GThg6mZsMOJwN5nOZwfkQ5HpmTzPhOVuWH3Wsym14' },
  ]),
  prefixed('vci_', 'vercel-integration-token', 'Vercel integration token', [
    { text: '"access_token": "vci_ecyQQNDt2NvUgCp3j5sFT8uSK8B7WhztQXplspclDKsC3bk1QW0u4ChQ"', secret: 'vci_ecyQQNDt2NvUgCp3j5sFT8uSK8B7WhztQXplspclDKsC3bk1QW0u4ChQ' },
    { text: 'VERCEL_INTEGRATION_TOKEN=vci_fWSkyrwgZ8q1kCLkkRhyZDjLMMG7Stzyw1JdKjkr9jdr7R56XT0OFPt0', secret: 'vci_fWSkyrwgZ8q1kCLkkRhyZDjLMMG7Stzyw1JdKjkr9jdr7R56XT0OFPt0' },
  ]),
  prefixed('vca_', 'vercel-app-access-token', 'Vercel app access token', [
    { text: 'Authorization: Bearer vca_CrCo1Y35UXAaAYg5Bf9mhxSlOTG1g6XTkrRiGTN7EmugxOCodh3pjVqX', secret: 'vca_CrCo1Y35UXAaAYg5Bf9mhxSlOTG1g6XTkrRiGTN7EmugxOCodh3pjVqX' },
    { text: '{"access_token":"vca_jJxr3qG9f9zdV9sYkSHnzy6UM9e7yZiBPPmXp810sR93yjz4tP0gXeUq","token_type":"Bearer"}', secret: 'vca_jJxr3qG9f9zdV9sYkSHnzy6UM9e7yZiBPPmXp810sR93yjz4tP0gXeUq' },
  ]),
  prefixed('vcr_', 'vercel-app-refresh-token', 'Vercel app refresh token', [
    { text: '{"refresh_token":"vcr_7DNot7WLtDzDgPFUDdZ7D4eLLYIEeaNAjq58SOD2LO6yYvLkoR37Z8qz"}', secret: 'vcr_7DNot7WLtDzDgPFUDdZ7D4eLLYIEeaNAjq58SOD2LO6yYvLkoR37Z8qz' },
    { text: 'VERCEL_REFRESH_TOKEN=vcr_1LZe5zUk56ZGYI4Ljx4Hq2OSTvy8894yCMkcCET7sXBU6Mm0Zg3BOicY', secret: 'vcr_1LZe5zUk56ZGYI4Ljx4Hq2OSTvy8894yCMkcCET7sXBU6Mm0Zg3BOicY' },
  ]),
  prefixed('vck_', 'vercel-api-key', 'Vercel API key', [
    { text: 'VERCEL_API_KEY=vck_1qg9oaWfbulTHqjfUrKbcsQwgD9LvROk9POScN5ZRky2uS6r303IQbmI', secret: 'vck_1qg9oaWfbulTHqjfUrKbcsQwgD9LvROk9POScN5ZRky2uS6r303IQbmI' },
    { text: "const apiKey = 'vck_IlBJcZLSchcSZQYzkJEyxVfzTmXhEInS1Sm1EkOErmcwzrBTOY3PSIh7';", secret: 'vck_IlBJcZLSchcSZQYzkJEyxVfzTmXhEInS1Sm1EkOErmcwzrBTOY3PSIh7' },
  ]),
  defineRule({
    id: 'vercel-token-legacy',
    title: 'Vercel access token (unprefixed)',
    severity: 'critical',
    keywords: ['vercel'],
    pattern: new RegExp(assignment({ names: ['vercel'], labels: ['token', 'key', 'secret'], value: '[A-Za-z0-9]{24}' })),
    minEntropy: 3.8,
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: 'VERCEL_TOKEN=9eC5p0Wx3lwmKN8rV1IFa936', secret: '9eC5p0Wx3lwmKN8rV1IFa936' },
        { text: '  VERCEL_TOKEN: "Luj4WulW5XgEboyHITAUMY4P"', secret: 'Luj4WulW5XgEboyHITAUMY4P' },
      ],
      negative: ['VERCEL_ORG_ID=team_hDodVtRatVMVDDKYkkpT9b5O', 'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}', 'VERCEL_PROJECT_ID=prj_h3Kq9TzW2mXa7PbL4nYc8RdV1sFe'],
    },
  }),
];

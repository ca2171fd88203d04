import { defineRule, ROTATE } from '../lib/define.ts';
import type { ExampleHit } from '../../engine/types.ts';
import { hasTrailingHexCrc32 } from '../lib/checksum.ts';
import { assignedName } from '../lib/context.ts';

// Cloudflare. Since 2025 credentials are "scannable": cfk_ (global API key), cfut_ (user API
// token) or cfat_ (account API token), 40 characters, then 8 hex digits of their CRC-32.
// Older tokens (40 characters) and global keys (37 hex) have no prefix and need a name nearby.

const REVOKE = 'Roll or delete it under My Profile > API Tokens (account tokens: Manage Account > API Tokens).';

const scannable = (prefix: string, id: string, title: string, positives: ExampleHit[]) =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[A-Za-z0-9_-]{40}[a-f0-9]{8})(?![A-Za-z0-9_-])`),
    validate: (secret) => (hasTrailingHexCrc32(secret, prefix.length) ? true : undefined),
    confidence: 'low',
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: positives,
      negative: [`CLOUDFLARE_API_TOKEN=${prefix}REAL`, `${prefix}LYqkyaW6TsGWEYTs6TyF40x8wHPj1tvwEwaooTAz`, `${prefix}${'a1B2c3D4e5'.repeat(4)}0123abcd_more`],
    },
  });

export default [
  scannable('cfut_', 'cloudflare-user-api-token', 'Cloudflare user API token', [
    { text: 'CLOUDFLARE_API_TOKEN=cfut_kTBkN4GTgQSbst1Iz6aHRjZPXCjPSAENrCwhSdh7903a19a8', secret: 'cfut_kTBkN4GTgQSbst1Iz6aHRjZPXCjPSAENrCwhSdh7903a19a8' },
    { text: '  api_token = "cfut_8CpOOJDh0dGnvVPtaq58HMn6pjJ2W5w8T5xlR0J667f20d62"', secret: 'cfut_8CpOOJDh0dGnvVPtaq58HMn6pjJ2W5w8T5xlR0J667f20d62' },
    { text: 'token: cfut_HoO7th3AOnlKVJjjpO7uLVgpRg0dNu4sprF4jY1c3dc93e24', secret: 'cfut_HoO7th3AOnlKVJjjpO7uLVgpRg0dNu4sprF4jY1c3dc93e24' },
  ]),
  scannable('cfat_', 'cloudflare-account-api-token', 'Cloudflare account API token', [
    { text: 'CLOUDFLARE_API_TOKEN=cfat_evlhQQVSIR0h7Lr5bKRd4lv8qu2E3VjNCj3oqJfddfaea3b2', secret: 'cfat_evlhQQVSIR0h7Lr5bKRd4lv8qu2E3VjNCj3oqJfddfaea3b2' },
    { text: '"token": "cfat_QiXS4mnlVOzOxJA9RGeGpKnET4tSc0WOhgufGGTf3b39fd2c"', secret: 'cfat_QiXS4mnlVOzOxJA9RGeGpKnET4tSc0WOhgufGGTf3b39fd2c' },
  ]),
  scannable('cfk_', 'cloudflare-global-api-key', 'Cloudflare global API key', [
    { text: 'CLOUDFLARE_API_KEY=cfk_ONuSJFxtbzcIv2DUDvu50KrP7GYgTC6rQvAv2oqwb10acce6', secret: 'cfk_ONuSJFxtbzcIv2DUDvu50KrP7GYgTC6rQvAv2oqwb10acce6' },
    { text: "cloudflare:\n  api_key: 'cfk_9MhheFMRYtAkSxD7WVeh92hHcoX2JfllR6KGlxzU60e8b093'", secret: 'cfk_9MhheFMRYtAkSxD7WVeh92hHcoX2JfllR6KGlxzU60e8b093' },
  ]),
  defineRule({
    id: 'cloudflare-api-token-legacy',
    title: 'Cloudflare API token (unprefixed)',
    severity: 'critical',
    keywords: ['cloudflare', 'cf_api', 'cf_token', 'cf-api', 'cf_dns', 'cf_zone'],
    pattern: new RegExp(
      `${assignedName(['cloudflare', 'cf'], ['token'])}(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
    ),
    minEntropy: 4,
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: 'CLOUDFLARE_API_TOKEN=xjKG8d4I6coyT6ZAkzhqy381LYyAkDOwburJ2ggw', secret: 'xjKG8d4I6coyT6ZAkzhqy381LYyAkDOwburJ2ggw' },
        { text: 'cf_dns_api_token: "7rkyiVKw9Ybx6mEap4RDG8xfFmYeeTYE8c8YDjlT"', secret: '7rkyiVKw9Ybx6mEap4RDG8xfFmYeeTYE8c8YDjlT' },
      ],
      negative: ['CLOUDFLARE_ACCOUNT_ID=03ae1a72e1b2d76b7b8a5a5d7c7c882d', 'CLOUDFLARE_EMAIL=ops@acme.test', 'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}'],
    },
  }),
  defineRule({
    id: 'cloudflare-global-api-key-legacy',
    title: 'Cloudflare global API key (unprefixed)',
    severity: 'critical',
    keywords: ['cloudflare', 'cf_api', 'cf_key', 'cf-api', 'cf_auth', 'cf_global'],
    pattern: new RegExp(`${assignedName(['cloudflare', 'cf'], ['key'])}(?<![A-Za-z0-9])(?<secret>[a-f0-9]{37})(?![A-Za-z0-9])`),
    minEntropy: 3.3,
    remediation: `${ROTATE} Change the Global API Key under My Profile > API Tokens, and move to scoped API tokens.`,
    examples: {
      positive: [
        { text: 'CLOUDFLARE_API_KEY=8646f84fcb4559965beaaaf6fbd750cb2bda6', secret: '8646f84fcb4559965beaaaf6fbd750cb2bda6' },
        { text: "cf_global_key = '2fd7081a697a0d5d0870cf24a1ac7e3888746'", secret: '2fd7081a697a0d5d0870cf24a1ac7e3888746' },
      ],
      negative: ['CLOUDFLARE_ZONE_ID=a9bfbbfeccb6e778baa20e67d9397d5d', 'CF_ACCOUNT_ID=3f2a9c1e7b6d4058a9e1c2b3d4f5a6b7', 'cloudflare_api_key = var.cloudflare_api_key'],
    },
  }),
  defineRule({
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    severity: 'high',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{100,200})(?![A-Za-z0-9-])/,
    confidence: 'high',
    remediation: `${ROTATE} Change the Origin CA Key under My Profile > API Tokens (this invalidates every copy of it).`,
    examples: {
      positive: [
        { text: 'CF_API_USER_SERVICE_KEY=v1.0-af76987215464f5dfb675d00-0c98d30bacbe964518170c722ff63031b08a1ff8582d8881356c5d354689b4304b2f91d806e11a45382a84ae75de3c14c80b2b73939b08a7a74c30c29f5690bf6b34b776f37ca3891a', secret: 'v1.0-af76987215464f5dfb675d00-0c98d30bacbe964518170c722ff63031b08a1ff8582d8881356c5d354689b4304b2f91d806e11a45382a84ae75de3c14c80b2b73939b08a7a74c30c29f5690bf6b34b776f37ca3891a' },
        { text: '  origin_ca_key: "v1.0-4376962ec9bbe558c7388948-6e24516999da806757c21d706f35f0b75890bbf500f013c7f85592e6295a65058d3fc44010932e96751ecec7f7c94289fe4e57cde575add0db14bd69d4ad22276ad63a2c10627d9715"', secret: 'v1.0-4376962ec9bbe558c7388948-6e24516999da806757c21d706f35f0b75890bbf500f013c7f85592e6295a65058d3fc44010932e96751ecec7f7c94289fe4e57cde575add0db14bd69d4ad22276ad63a2c10627d9715' },
      ],
      negative: ['release v1.0-beta2', 'image: app:v1.0-5b20d3db513bcebe62bd8ccf', 'v1.0-0659e8751b1527b0c7378d15-fc8ba1f2ee09c499d0e389f77d6fb489f7ddb416'],
    },
  }),
];

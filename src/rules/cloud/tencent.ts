import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Tencent Cloud API keys: SecretId is AKID + 32 characters; the 32-character SecretKey has no
// prefix and is taken only where a Tencent name stands next to it.
export default [
  defineRule({
    id: 'tencent-secret-id',
    title: 'Tencent Cloud SecretId',
    severity: 'high',
    keywords: ['akid'],
    pattern: /(?<![A-Za-z0-9])(?<secret>AKID[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    confidence: 'high',
    minEntropy: 3.5,
    remediation: `${ROTATE} Disable and delete the key under CAM > API Key Management and check CloudAudit for its use.`,
    examples: {
      positive: [
        { text: 'TENCENTCLOUD_SECRET_ID=AKIDPRY6VoNBeVhxAWZgFmmdkiq3i2RP0K6g', secret: 'AKIDPRY6VoNBeVhxAWZgFmmdkiq3i2RP0K6g' },
        { text: 'cred = credential.Credential("AKIDjskHjyCcz3tFa1yxsWvcIjMJclwvrFCW", secret_key)', secret: 'AKIDjskHjyCcz3tFa1yxsWvcIjMJclwvrFCW' },
      ],
      negative: ['SecretId: AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIDJOAeuoctvhfLPOKOpqF8', 'XAKIDw15TTTLm3u9CaM86dkqXMz9YiLTfy9sa'],
    },
  }),
  defineRule({
    id: 'tencent-secret-key',
    title: 'Tencent Cloud SecretKey',
    severity: 'critical',
    keywords: ['tencent', 'qcloud'],
    pattern: new RegExp(
      assignment({ names: ['tencentcloud', 'tencent', 'qcloud'], labels: ['secret_key', 'secretkey', 'secret-key'], value: '[A-Za-z0-9]{32}' }),
    ),
    minEntropy: 4,
    remediation: `${ROTATE} Disable and delete the key under CAM > API Key Management and check CloudAudit for its use.`,
    examples: {
      positive: [
        { text: 'TENCENTCLOUD_SECRET_KEY=xwMlbxJ0kYBxAWLadbznIpCrGuzq26bb', secret: 'xwMlbxJ0kYBxAWLadbznIpCrGuzq26bb' },
        { text: 'qcloud_secretkey: "Pvd3cR8hvvHWGqbgQCf5kCPy2ETeQHS1"', secret: 'Pvd3cR8hvvHWGqbgQCf5kCPy2ETeQHS1' },
      ],
      negative: ['TENCENTCLOUD_SECRET_KEY="$TENCENTCLOUD_SECRET_KEY"', 'TENCENTCLOUD_REGION=ap-guangzhou', 'TENCENTCLOUD_SECRET_KEY=${SECRET_KEY}'],
    },
  }),
];

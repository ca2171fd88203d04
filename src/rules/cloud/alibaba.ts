import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedName } from '../lib/context.ts';

// Alibaba Cloud AccessKey pairs: the id starts with LTAI; the 30-character secret has no prefix
// and is taken only where its name says what it is.
export default [
  defineRule({
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    severity: 'high',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
    confidence: 'high',
    minEntropy: 3.3,
    remediation: `${ROTATE} Disable and delete the AccessKey in the RAM console and check ActionTrail for its use.`,
    examples: {
      positive: [
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tlgLrlwTnxPDVrrUyk3', secret: 'LTAI5tlgLrlwTnxPDVrrUyk3' },
        { text: 'accessKeyId: "LTAI5tcIt5uV6QuRTL2qjlNB",', secret: 'LTAI5tcIt5uV6QuRTL2qjlNB' },
      ],
      negative: ['LTAIxxxxxxxxxxxxxxxx', 'ALTAI8BSegIVBUeMMFsQH', 'LTAIvsGhMMhp'],
    },
  }),
  defineRule({
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    severity: 'critical',
    keywords: ['accesskeysecret', 'access_key_secret', 'access-key-secret', 'alibaba', 'aliyun', 'alicloud'],
    pattern: new RegExp(
      `(?:${assignedName(['alibaba', 'aliyun', 'alicloud'], ['secret'])}|${assignedName(['access_key_secret', 'accesskeysecret', 'access-key-secret'])})` +
        '(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9])',
    ),
    minEntropy: 4,
    remediation: `${ROTATE} Disable and delete the AccessKey in the RAM console and check ActionTrail for its use.`,
    examples: {
      positive: [
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=JMbNrOwKOB4yvJtCy9hOjxRtXhKGPe', secret: 'JMbNrOwKOB4yvJtCy9hOjxRtXhKGPe' },
        { text: '"AccessKeySecret": "K1aAFVo0TNEh7lJENRpzOsIwjD4yRf"', secret: 'K1aAFVo0TNEh7lJENRpzOsIwjD4yRf' },
        { text: 'aliyun_secret: 5ecTr9yOQdRETRtfjay3L4VsHGs4DQ', secret: '5ecTr9yOQdRETRtfjay3L4VsHGs4DQ' },
      ],
      negative: ['AccessKeySecret: "" # filled in by CI', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIYUN_SECRET}', 'AccessKeySecret: "your_access_key_secret_here"'],
    },
  }),
];

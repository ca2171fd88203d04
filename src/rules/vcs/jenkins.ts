import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Jenkins API tokens: since Jenkins 2.129, "11" + 32 hex; older ones 32 hex. Taken next to a
// Jenkins name.
export default [
  defineRule({
    id: 'jenkins-api-token',
    title: 'Jenkins API token',
    severity: 'high',
    keywords: ['jenkins'],
    pattern: new RegExp(assignment({ names: ['jenkins'], labels: ['token', 'key', 'password'], value: '(?:11)?[a-f0-9]{32}' })),
    minEntropy: 3.3,
    remediation: `${ROTATE} Revoke it under the user's Security > API Token page in Jenkins.`,
    examples: {
      positive: [
        { text: 'JENKINS_API_TOKEN=114cebe94cb0d74678f22adcee951785a1', secret: '114cebe94cb0d74678f22adcee951785a1' },
        { text: 'jenkins_password: "6822928be49f1c4b558f03cbdb30f0b8"', secret: '6822928be49f1c4b558f03cbdb30f0b8' },
      ],
      negative: ['JENKINS_URL=https://ci.acme.test', 'JENKINS_TOKEN=${JENKINS_TOKEN}', 'jenkins_build_sha = "1cf8bce5e19df847a648fbd87e92027f93b9dd40"'],
    },
  }),
];

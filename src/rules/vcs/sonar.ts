import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';
import type { ExampleHit } from '../../engine/types.ts';

// SonarQube (10.x+) tokens: squ_ (user), sqp_ (project analysis), sqa_ (global analysis) + 40
// hex. SonarCloud and older SonarQube tokens are 40 hex and need a Sonar name nearby.
const REVOKE = 'Revoke it under My Account > Security (or Administration > Security for analysis tokens).';

const prefixed = (prefix: string, id: string, title: string, positives: ExampleHit[]) =>
  defineRule({
    id,
    title,
    severity: 'high',
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[a-f0-9]{40})(?![A-Za-z0-9_])`),
    confidence: 'high',
    remediation: `${ROTATE} ${REVOKE}`,
    examples: { positive: positives, negative: [`${prefix}43618f8b9d39ea891db7e8ccbdee526e`, `${prefix}A6E3BE061A64D59185CF5A20A54E42754439A6F4`, `x${prefix}c8264f857388da24ebcc50e45dd767b3a25bb0b5`] },
  });

export default [
  prefixed('squ_', 'sonarqube-user-token', 'SonarQube user token', [
    { text: 'SONAR_TOKEN=squ_a55e79e8d57b90c67dadc81fe6b51c53d88c0a8a', secret: 'squ_a55e79e8d57b90c67dadc81fe6b51c53d88c0a8a' },
    { text: 'mvn sonar:sonar -Dsonar.token=squ_776fb96ad9703b407d85c5bd2b296b269250ed49', secret: 'squ_776fb96ad9703b407d85c5bd2b296b269250ed49' },
  ]),
  prefixed('sqp_', 'sonarqube-project-token', 'SonarQube project analysis token', [
    { text: 'sonar.login=sqp_9643da468676aae90c51440388577efbd420036a', secret: 'sqp_9643da468676aae90c51440388577efbd420036a' },
    { text: '  SONAR_TOKEN: "sqp_bf8c2e408c46b4a39ac9383f6e22ddd834519b09"', secret: 'sqp_bf8c2e408c46b4a39ac9383f6e22ddd834519b09' },
  ]),
  prefixed('sqa_', 'sonarqube-global-token', 'SonarQube global analysis token', [
    { text: 'SONAR_TOKEN=sqa_23967095ae9d3cc70080cda7f8b6df714a367e1d', secret: 'sqa_23967095ae9d3cc70080cda7f8b6df714a367e1d' },
    { text: 'sonar-scanner -Dsonar.token=sqa_3ec9a62d41211c38dae4edf2c4640b96c863e15a', secret: 'sqa_3ec9a62d41211c38dae4edf2c4640b96c863e15a' },
  ]),
  defineRule({
    id: 'sonar-token-legacy',
    title: 'SonarQube / SonarCloud token (unprefixed)',
    severity: 'high',
    keywords: ['sonar'],
    pattern: new RegExp(assignment({ names: ['sonar'], labels: ['token', 'login'], value: '[a-f0-9]{40}' })),
    minEntropy: 3.5,
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: 'SONAR_TOKEN=50d88ce3ced48945fff219636e6ea32fd2b0408b', secret: '50d88ce3ced48945fff219636e6ea32fd2b0408b' },
        { text: 'sonar.login=3580844ffa4d4a563cf90bc2e4fa8f1603a52931', secret: '3580844ffa4d4a563cf90bc2e4fa8f1603a52931' },
      ],
      negative: ['SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}', 'sonar.projectKey=acme_api', 'sonar.scm.revision=07ce793c49687c79403e7a3849a12444ac42595d'],
    },
  }),
];

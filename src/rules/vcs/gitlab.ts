import { defineRule, ROTATE } from '../lib/define.ts';
import { checksumProves, crc32 } from '../lib/checksum.ts';
import { decodeBase64 } from '../lib/encoding.ts';
import type { ExampleHit, Severity } from '../../engine/types.ts';

// GitLab tokens carry a type prefix (docs: "Token prefixes"). Most are prefix + 20 characters of
// Devise's URL-safe alphabet. Since GitLab 17.x, tokens may be "routable": prefix, base64url of
// (16 random bytes + routing payload + its length byte), ".01." (format version), the payload
// length in base36, then 7 base36 digits of the CRC-32 of everything before them.
// Self-managed instances may put their own prefix in front (SIE-glpat-…), so a dash may precede.
// Incoming-email tokens sit inside an address (incoming+group-project-42-glimt-…-issue@…).

const REVOKE_PAT = 'Revoke it under User settings > Access tokens (project/group tokens: Settings > Access tokens).';

/** Routable tokens: the CRC-32 in base36 closes the token; the length field must agree. */
export function routableTokenValid(secret: string): boolean | undefined {
  const m = /^(?<head>.+?)(?<payload>[A-Za-z0-9_-]+)(?:\.[0-9a-z]{2})?\.(?<len>[0-9a-z]{2})[0-9a-z]{7}$/.exec(secret);
  if (!m?.groups) return undefined;
  const expected = crc32(secret.slice(0, -7)).toString(36).padStart(7, '0');
  if (expected !== secret.slice(-7)) return undefined;
  const len = parseInt(m.groups.len, 36);
  const payload = secret.slice(0, secret.indexOf('.')).slice(-len);
  const bytes = decodeBase64(payload, true);
  return bytes !== undefined && bytes.length > 17 && bytes[bytes.length - 1] === bytes.length - 17 ? true : undefined;
}

const LEAD = '(?<![A-Za-z0-9_])';
const TAIL = '(?![A-Za-z0-9_-])';

const classic = (
  prefix: string,
  body: string,
  id: string,
  title: string,
  severity: Severity,
  remediation: string,
  positives: ExampleHit[],
  negatives: string[],
  tail = TAIL,
) =>
  defineRule({
    id,
    title,
    severity,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`${LEAD}(?<secret>${prefix.replace(/[-.]/g, '\\$&')}${body})${tail}`),
    confidence: 'high',
    minEntropy: 3,
    remediation: `${ROTATE} ${remediation}`,
    examples: { positive: positives, negative: negatives },
  });

const U20 = '[A-Za-z0-9_-]{20}';

export default [
  classic('glpat-', U20, 'gitlab-pat', 'GitLab personal, project or group access token', 'critical', REVOKE_PAT, [
    { text: 'GITLAB_TOKEN=glpat-_36hb62R4q66nQEyKVfy', secret: 'glpat-_36hb62R4q66nQEyKVfy' },
    { text: 'git clone https://oauth2:glpat-x2Ro1ftr8SGDpfU3T2vd@gitlab.com/acme/api.git', secret: 'glpat-x2Ro1ftr8SGDpfU3T2vd' },
    { text: 'PRIVATE_TOKEN: "SIE-glpat-d4-YqSiYs7Gb7cnFgGE6"', secret: 'glpat-d4-YqSiYs7Gb7cnFgGE6' },
  ], ['glpat-xxxxxxxxxxxxxxxxxxxx', 'Personal access tokens start with glpat- and have 20 characters after it.', 'const isAccessToken = /^(glpat-|glptt-)/.test(token);']),
  defineRule({
    id: 'gitlab-routable-token',
    title: 'GitLab token (routable format)',
    severity: 'critical',
    keywords: ['glpat-', 'gldt-', 'glrt-', 'glrtr-', 'gloas-', 'glft-', 'glsoat-', 'glffct-', 'glagent-', 'glcbt-'],
    pattern: new RegExp(
      `${LEAD}(?<secret>(?:glpat|gldt|glrtr?|gloas|glft|glsoat|glffct|glagent|glcbt)-(?:t\\d_)?[A-Za-z0-9_-]{27,300}(?:\\.[0-9a-z]{2})?\\.[0-9a-z]{2}[0-9a-z]{7})(?![A-Za-z0-9_.-])`,
    ),
    validate: checksumProves(routableTokenValid),
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} ${REVOKE_PAT}`,
    examples: {
      positive: [
        { text: 'GITLAB_TOKEN=glpat-SVnkItHrxDiaG74x7tzp1mM6em0KbzptNTIKdTo3djMzEQ.01.1a1dc2m0h', secret: 'glpat-SVnkItHrxDiaG74x7tzp1mM6em0KbzptNTIKdTo3djMzEQ.01.1a1dc2m0h' },
        { text: 'gitlab-runner register --url https://gitlab.com --token glrt-t1_-6Che1C0Mxs3KaY07s5hKmM6c3YKbzo4cHgKdTpwMnIxEQ.01.1a0gkrrmu', secret: 'glrt-t1_-6Che1C0Mxs3KaY07s5hKmM6c3YKbzo4cHgKdTpwMnIxEQ.01.1a0gkrrmu' },
        { text: 'token = "glpat-toebLmPNsKCbqiZxRnVllGM6eWEKbzptb2oKdTppd2VhEQ.01.1a03n0coa"', secret: 'glpat-toebLmPNsKCbqiZxRnVllGM6eWEKbzptb2oKdTppd2VhEQ.01.1a03n0coa' },
      ],
      negative: ['glpat-VNgfZTYRNaGWPf3pLxqDlGjS.01.x', 'glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx', 'see glpat-<token>.01.0w'],
    },
  }),
  classic('gloas-', '[a-f0-9]{64}', 'gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'critical', 'Renew the secret of the application under Settings > Applications.', [
    { text: 'GITLAB_OAUTH_SECRET=gloas-43227d6ee99ac5b0e91ed10258c93316a08d081e5a05c5a964bf0be22796b955', secret: 'gloas-43227d6ee99ac5b0e91ed10258c93316a08d081e5a05c5a964bf0be22796b955' },
    { text: "config.omniauth :gitlab, '4e1f', 'gloas-07c8dbbd647ce1224be5eb172d6e25e17e6cbc66612867076544db556653c4ed'", secret: 'gloas-07c8dbbd647ce1224be5eb172d6e25e17e6cbc66612867076544db556653c4ed' },
  ], ['gloas-b65075975992bbf3163aaa785b336396e624f2ec', 'gloas-37950F93E6A369DD48FFECD1CF810E15C088B743E6280F3D8EE0FF5046533EBC', 'xgloas-f34b26f68e18d09baca12ca84a820523942c3f97b5afdea5bce69a0a831d954b']),
  classic('gldt-', U20, 'gitlab-deploy-token', 'GitLab deploy token', 'high', 'Revoke it under Settings > Repository > Deploy tokens.', [
    { text: 'docker login registry.gitlab.com -u gitlab+deploy-token-42 -p gldt-FX6lCzJsXy_gJTGY9Yom', secret: 'gldt-FX6lCzJsXy_gJTGY9Yom' },
    { text: 'DEPLOY_TOKEN=gldt-t7C_XmRlWpQwPX1Em-MO', secret: 'gldt-t7C_XmRlWpQwPX1Em-MO' },
  ], ['DEPLOY_TOKEN=gldt-...', 'gldt-jP3xypOI_Z', 'gldt-n7TiJrWu7FrgI9xqXjRre8knQaQjOK']),
  classic('glrt-', `(?:t\\d_)?${U20}`, 'gitlab-runner-token', 'GitLab runner authentication token', 'high', 'Reset the token or delete the runner under Settings > CI/CD > Runners.', [
    { text: '[[runners]]\n  token = "glrt-8ZvtS2FAYp4fD6YLwHuk"', secret: 'glrt-8ZvtS2FAYp4fD6YLwHuk' },
    { text: 'gitlab-runner register --token glrt-t1_eWOtfuQfRQ2yG0zo1-vn', secret: 'glrt-t1_eWOtfuQfRQ2yG0zo1-vn' },
  ], ['token = "glrt-test"', 'glrt-t1_xxxxxxxxxxxxxxxxxxxx', 'glrt-CUdNIIEKl0oL5WB']),
  classic('GR1348941', U20, 'gitlab-runner-registration-token', 'GitLab runner registration token', 'high', 'Reset the registration token under Settings > CI/CD > Runners (and move to runner authentication tokens).', [
    { text: 'REGISTRATION_TOKEN=GR1348941xBql_xuUh44d3rp-6w1G', secret: 'GR1348941xBql_xuUh44d3rp-6w1G' },
    { text: 'gitlab-runner register --registration-token GR1348941DSoUxCONNWaTvXiBPNsV', secret: 'GR1348941DSoUxCONNWaTvXiBPNsV' },
  ], ['GR1348941xxxxxxxxxxxxxxxxxxxx', 'GR1348941PhKR6rlFC7Ke', 'BGR1348941PDPmKv_r5ohG--sSSY8F']),
  classic('glcbt-', `(?:[0-9a-f]{1,5}_)?${U20}`, 'gitlab-ci-job-token', 'GitLab CI/CD job token', 'high', 'Job tokens expire with the job; cancel the job if it is still running and remove the token from logs and artifacts.', [
    { text: 'CI_JOB_TOKEN=glcbt-64_li0gxYlj9kpBbmflmcLR', secret: 'glcbt-64_li0gxYlj9kpBbmflmcLR' },
    { text: 'curl --header "JOB-TOKEN: glcbt-VSPmz2ObqNgJooxPwdyb" "$CI_API_V4_URL/jobs"', secret: 'glcbt-VSPmz2ObqNgJooxPwdyb' },
  ], ['token=glcbt-64', 'glcbt-abcdefghij', 'glcbt-64_wsLrNBMkKv']),
  classic('glptt-', '[a-f0-9]{40}', 'gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'high', 'Revoke it under Settings > CI/CD > Pipeline trigger tokens.', [
    { text: 'PIPELINE_TOKEN=glptt-3cf854c754913a6e1ea2db5461fde055900ca776', secret: 'glptt-3cf854c754913a6e1ea2db5461fde055900ca776' },
    { text: 'curl -X POST -F token=glptt-c62054d0bb6c8ac300c5a7c8cf1a0eff474487f4 -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline', secret: 'glptt-c62054d0bb6c8ac300c5a7c8cf1a0eff474487f4' },
  ], ['glptt-0000000000000000000000000000000000000000', 'glptt-dc3c3c9a1fd97f2f27f1078da325bec3', 'glptt-zqeuA95rTzjgAm_x1yq1']),
  classic('glft-', U20, 'gitlab-feed-token', 'GitLab feed token', 'medium', 'Reset it under User settings > Access tokens > Feed token.', [
    { text: 'https://gitlab.com/dashboard/issues.atom?feed_token=glft-39mjpTAvSt5q67F3zuqP&state=opened', secret: 'glft-39mjpTAvSt5q67F3zuqP' },
    { text: 'FEED_TOKEN=glft-8UpT6bv6zoiKZ1iMH3wa', secret: 'glft-8UpT6bv6zoiKZ1iMH3wa' },
  ], ['feed_token=glft-...', 'glft-Kz2ZHa9k', 'glft-vKvt_e3xVRmLEQOgjsiLXCmS']),
  classic('glimt-', '[A-Za-z0-9_-]{25}', 'gitlab-incoming-mail-token', 'GitLab incoming email token', 'medium', 'Reset it under User settings > Access tokens > Incoming email token.', [
    { text: 'incoming+acme-api-42-glimt-DJRUMESdf-7dnN8Mjod5154OS-issue@incoming.gitlab.com', secret: 'glimt-DJRUMESdf-7dnN8Mjod5154OS' },
    { text: 'EMAIL_TOKEN=glimt-s_eq0WqCU_oCkXn__gFwNvDW3', secret: 'glimt-s_eq0WqCU_oCkXn__gFwNvDW3' },
  ], ['// Command glimt-agent is the Glimtpanel agent', 'glimt-2RzJvLxpuz_c1jgHwHte', 'Bodø/glimt-abstract-v1'], '(?![A-Za-z0-9_]|-(?!issue@|merge-request@))'),
  classic('glagent-', '[A-Za-z0-9_-]{50}', 'gitlab-agent-token', 'GitLab agent for Kubernetes token', 'critical', 'Revoke it under Operate > Kubernetes clusters > the agent > Access tokens.', [
    { text: 'helm upgrade --install k8s-agent gitlab/gitlab-agent --set config.token=glagent-JjaORwNMKLqRWuIgTQp0S6MaCjMWVzpaJjqdDlLsjq7FzKhJmg', secret: 'glagent-JjaORwNMKLqRWuIgTQp0S6MaCjMWVzpaJjqdDlLsjq7FzKhJmg' },
    { text: 'token: glagent-YW1hJaQ-dARC_OgNXw5aYC7llb_j084mvF_FlhuBT0eBmabnNf', secret: 'glagent-YW1hJaQ-dARC_OgNXw5aYC7llb_j084mvF_FlhuBT0eBmabnNf' },
  ], ["find_by_token('glagent-xxx')", 'glagent-fd0T2GrVCeVpcrbB17shajJxyHvQtZlxCcdeLDkg', "{ id: 5, token: 'glagent-x' }"]),
  classic('glsoat-', U20, 'gitlab-scim-token', 'GitLab SCIM token', 'high', 'Reset the SCIM token under Settings > SAML SSO.', [
    { text: 'SCIM_TOKEN=glsoat-pckq6iVABZC_mx1P2-0c', secret: 'glsoat-pckq6iVABZC_mx1P2-0c' },
    { text: 'Authorization: Bearer glsoat-wzJpJZCvL0dMa9SFNQwn', secret: 'glsoat-wzJpJZCvL0dMa9SFNQwn' },
  ], ['glsoat-...', 'glsoat-IwtmDh79kKIK', 'xglsoat-eLvR5vkiw9PN7OKm_Pfa']),
  classic('glffct-', U20, 'gitlab-feature-flags-client-token', 'GitLab feature flags client token', 'medium', 'Reset the instance ID under Deploy > Feature flags > Configure.', [
    { text: 'UNLEASH_INSTANCE_ID=glffct-_b0BQ2OAjqMtcNHuDziH', secret: 'glffct-_b0BQ2OAjqMtcNHuDziH' },
    { text: "instanceId: 'glffct-y28Ga7nkqdpfUDg_qPeS',", secret: 'glffct-y28Ga7nkqdpfUDg_qPeS' },
  ], ['glffct-…', 'glffct-YtmFzmF5Y5KXwzvw', 'glffct-lnqY6pNYvc8QEKS07EK4-extra']),
  classic('_gitlab_session=', '[a-f0-9]{32}', 'gitlab-session-cookie', 'GitLab session cookie', 'high', 'Sign out of every session under User settings > Active sessions.', [
    { text: 'Cookie: _gitlab_session=34d878efd8e2781c436f951f1b99233b; preferred_language=en', secret: '_gitlab_session=34d878efd8e2781c436f951f1b99233b' },
    { text: "curl -b '_gitlab_session=dbc2c5dde38c1b7bad6eaf68fc66c1b2' https://gitlab.example.org/api/v4/user", secret: '_gitlab_session=dbc2c5dde38c1b7bad6eaf68fc66c1b2' },
  ], ['_gitlab_session=deleted', '_gitlab_session=2e8d37d5e0c1b1245605553d', '_gitlab_session=23C98F9C787E6BA17CF03BBD16BB14F2']),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Text } from '../lib/encoding.ts';
import { isPlaceholder } from '../../engine/filters.ts';
import { privateKeyBodyIsValid } from './private-key.ts';

// Kubernetes manifests and kubeconfig files.
// - Secret `data:` values are base64: a value under a secret-sounding key that decodes to a
//   single line of printable, non-placeholder text is reported. PEM blocks and JSON documents
//   under other keys are left to the decoding pass, which hands the decoded text to every rule.
//   kubectl prints `data:` before `kind: Secret`, so the rule starts at `apiVersion: v1`.
// - kubeconfig `client-key-data` is a base64 PEM private key; user `token:` / `password:`
//   entries are bearer credentials.
const SECRET_NAME = /pass|pwd|secret|token|key|cred|auth|api|private|salt|cookie|session|signing/i;
const NOT_SECRET_NAME = /(?:^|[._-])(?:crt|cert|ca|pub|public)$|^(?:ca\.crt|tls\.crt)$/i;

function secretDataValue(value: string, name: string | undefined): boolean | undefined {
  if (!name || !SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return false;
  if (value.length % 4 !== 0) return false; // Kubernetes writes padded base64
  const text = decodeBase64Text(value);
  if (text === undefined || text.length < 6 || /[\r\n]/.test(text.trimEnd())) return false;
  if (text.startsWith('-----BEGIN') || text.trimStart().startsWith('{')) return false;
  if (isPlaceholder(text)) return false;
  return undefined;
}

export default [
  defineRule({
    id: 'kubernetes-secret-data',
    title: 'Kubernetes Secret value (base64)',
    severity: 'high',
    keywords: ['kind: secret', 'kind: "secret"', '"kind": "secret"', '"kind":"secret"', 'apiversion: v1', '"apiversion": "v1"'],
    multiline: true,
    reach: 'line',
    pattern:
      /^(?:[ \t]{1,12}(?<name>[A-Za-z0-9._-]{1,253}):[ \t]{0,4}["']?|[ \t]{0,12}"(?<jname>[A-Za-z0-9._-]{1,253})"[ \t]{0,4}:[ \t]{0,4}")(?<secret>[A-Za-z0-9+/]{8,16384}={0,2})["']?[ \t]{0,4},?[ \t]*\r?$/m,
    validate: (secret, groups) => secretDataValue(secret, groups.name ?? groups.jname),
    confidence: 'medium',
    remediation: `${ROTATE} base64 is an encoding, not encryption: keep Secrets out of git (Sealed Secrets, SOPS, External Secrets).`,
    examples: {
      positive: [
        { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: b3JkZXJz\n  password: RVpiMzN1bkNDYVA2QXl1Q01CM1Q=\n', secret: 'RVpiMzN1bkNDYVA2QXl1Q01CM1Q=' },
        { text: 'apiVersion: v1\ndata:\n  api-token: U29xb0JhNUxtOHMwUFFNQiE5\nkind: Secret\nmetadata:\n  name: billing\n', secret: 'U29xb0JhNUxtOHMwUFFNQiE5' },
        { text: '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "data": {\n    "SESSION_SECRET": "VHFLQkc2ZVNWbTd5NXdDam1R"\n  }\n}', secret: 'VHFLQkc2ZVNWbTd5NXdDam1R' },
      ],
      negative: [
        'apiVersion: v1\nkind: Secret\ndata:\n  password: Y2hhbmdlbWU=\n  username: YWRtaW5pc3RyYXRvcg==\n',
        'apiVersion: v1\nkind: Secret\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVUUZndWkvQ2gxb0VHVFVHTjhHZlhOLzRGMzAydVRzQ3BmUC9ZclpBYkcKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n  token: OxcaOzN7S43ZGx0EjDxg7v+GU4Pp2LtF\n',
        'apiVersion: v1\nkind: ConfigMap\ndata:\n  LOG_LEVEL: debug\n  API_BASE: https://api.internal\n  token_ttl: 3600s0\n',
      ],
    },
  }),
  defineRule({
    id: 'kubeconfig-client-key',
    title: 'kubeconfig client private key',
    severity: 'critical',
    keywords: ['client-key-data'],
    pattern: /client-key-data["']?[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/]{60,16384}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const pem = decodeBase64Text(secret);
      return pem !== undefined && /PRIVATE KEY/.test(pem) && privateKeyBodyIsValid(pem) === true;
    },
    skipPlaceholderFilter: true,
    remediation: `${ROTATE} Revoke the client certificate (or the user) in the cluster and issue a new one.`,
    examples: {
      positive: [
        { text: 'users:\n- name: admin@prod\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi\n    client-key-data: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSU1oeUNCK2NwN2tublVtNldXejIrTGpLVGlCUzBCd2RYSlhLU2hzMWo5TUEKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=\n', secret: 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSU1oeUNCK2NwN2tublVtNldXejIrTGpLVGlCUzBCd2RYSlhLU2hzMWo5TUEKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=' },
        { text: '{"users":[{"name":"ci","user":{"client-key-data":"LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSU1oeUNCK2NwN2tublVtNldXejIrTGpLVGlCUzBCd2RYSlhLU2hzMWo5TUEKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo="}}]}', secret: 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSU1oeUNCK2NwN2tublVtNldXejIrTGpLVGlCUzBCd2RYSlhLU2hzMWo5TUEKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=' },
      ],
      negative: ['    client-key-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVUUZndWkvQ2gxb0VHVFVHTjhHZlhOLzRGMzAydVRzQ3BmUC9ZclpBYkcKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=', '    client-key-data: REDACTED'],
    },
  }),
  defineRule({
    id: 'kubeconfig-user-token',
    title: 'kubeconfig user token or password',
    severity: 'critical',
    // every kubeconfig has current-context (`kind: Config` would also match `kind: ConfigMap`)
    keywords: ['current-context:'],
    multiline: true,
    reach: 'line',
    pattern: /^[ \t]{1,12}(?:token|password|id-token|refresh-token):[ \t]{0,4}["']?(?<secret>[A-Za-z0-9._~+/=:-]{8,4096})["']?[ \t]*\r?$/m,
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Delete the service-account token Secret (or rotate the user's credentials) in the cluster.`,
    examples: {
      positive: [
        { text: 'apiVersion: v1\nclusters: []\ncurrent-context: prod\nkind: Config\nusers:\n- name: deployer\n  user:\n    token: ONgNC8jhIU9C4-VRpcUoiLzVYr6N0SKgRtugAwPTp_zaNX5X\n', secret: 'ONgNC8jhIU9C4-VRpcUoiLzVYr6N0SKgRtugAwPTp_zaNX5X' },
        { text: 'current-context: staging\nusers:\n- name: ops\n  user:\n    username: ops\n    password: "Hhcd3kHP5M94o5TxfGvF"\n', secret: 'Hhcd3kHP5M94o5TxfGvF' },
      ],
      negative: [
        'kind: Config\ncurrent-context: sso\nusers:\n- name: sso\n  user:\n    exec:\n      command: kubelogin\n',
        'apiVersion: v1\nkind: ConfigMap\ndata:\n  settings: |\n    token: jCzvWt9nvdY1CUQKDjdM\n',
        'current-context: dev\nusers:\n- name: dev\n  user:\n    token: ${KUBE_TOKEN}\n',
      ],
    },
  }),
];

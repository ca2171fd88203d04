import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Text } from '../lib/encoding.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';

// Docker / Podman config.json (and .dockerconfigjson): "auths": {"registry": {"auth": base64("user:password")}}.
// The value must decode to user:password with a real password.
export function decodesToUserPass(value: string): boolean {
  const text = decodeBase64Text(value);
  const m = text === undefined ? null : /^([^:\r\n]{1,255}):([^\r\n]{1,1024})$/.exec(text);
  return m !== null && !isPlaceholderPassword(m[2], m[1]);
}

export default [
  defineRule({
    id: 'docker-config-auth',
    title: 'Docker registry credentials (config.json auth)',
    severity: 'critical',
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9+/]{8,2048}={0,2})"/,
    validate: (secret) => decodesToUserPass(secret),
    remediation: `${ROTATE} Revoke the registry password or token at the registry, then \`docker logout\`.`,
    examples: {
      positive: [
        { text: '{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "Y2ktZGVwbG95ZXI6NWZ6WFhlRHhRa21mU2thRnN4dFo="\n    }\n  }\n}', secret: 'Y2ktZGVwbG95ZXI6NWZ6WFhlRHhRa21mU2thRnN4dFo=' },
        { text: '{"auths":{"harbor.corp.io":{"auth":"cm9ib3QkcHVzaGVyOm9nZUl3cmRNSm95TjY4VUpROUNHWXp1VHZFN2Z4eGZo"}}}', secret: 'cm9ib3QkcHVzaGVyOm9nZUl3cmRNSm95TjY4VUpROUNHWXp1VHZFN2Z4eGZo' },
      ],
      // user:password and a base64 blob that is not user:password
      negative: ['{"auths":{"ghcr.io":{"auth":"dXNlcjpwYXNzd29yZA=="}}}', '{"auths":{"ghcr.io":{"auth":"OxcaOzN7S43ZGx0EjDxg7v+GU4Pp2LtF"}}}'],
    },
  }),
];

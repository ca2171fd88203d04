import { defineRule, ROTATE } from '../lib/define.ts';
import type { ExampleHit } from '../../engine/types.ts';

// DigitalOcean tokens: a kind prefix (dop = personal access, doo = OAuth, dor = refresh), _v1_,
// then 64 hex characters.
const token = (prefix: string, id: string, title: string, severity: 'critical' | 'high', where: string, positives: ExampleHit[]) =>
  defineRule({
    id,
    title,
    severity,
    keywords: [`${prefix}_v1_`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}_v1_[a-f0-9]{64})(?![A-Za-z0-9])`),
    confidence: 'high',
    remediation: `${ROTATE} ${where}`,
    examples: {
      positive: positives,
      negative: [`${prefix}_v1_8f0988aeb28146eeb2bdd9d0504b9078861a6e72b5fcc8fe10010b35be84`, `${prefix}_v1_C65DA2E7AF65017B8750AD7B3C4E4BA3B2C165CB2800FD8289CD979A44EC32E2`, `x${prefix}_v1_32f3d3b2cfb77cc8d8458adb302b242ad35b2f25a3e2dea943f0b6bb8130c79b`],
    },
  });

export default [
  token('dop', 'digitalocean-pat', 'DigitalOcean personal access token', 'critical', 'Delete it under API > Tokens in the DigitalOcean control panel.', [
    { text: 'DIGITALOCEAN_TOKEN=dop_v1_36ed9b607860d521e2f7a79330a9605ad6c70b3099fd58c6e5e47395e6dbdc93', secret: 'dop_v1_36ed9b607860d521e2f7a79330a9605ad6c70b3099fd58c6e5e47395e6dbdc93' },
    { text: '  do_token: "dop_v1_467e5250d3362f0e11a5810227105b8fdde8fac508dccddad47bc41f76c98637"', secret: 'dop_v1_467e5250d3362f0e11a5810227105b8fdde8fac508dccddad47bc41f76c98637' },
  ]),
  token('doo', 'digitalocean-oauth-token', 'DigitalOcean OAuth access token', 'critical', "Revoke the OAuth application's access under Settings > Applications & API.", [
    { text: '{"access_token": "doo_v1_dc421e25657c90224939fef48a024ee4a927342364d533443058dfac4b31f485", "token_type": "bearer"}', secret: 'doo_v1_dc421e25657c90224939fef48a024ee4a927342364d533443058dfac4b31f485' },
    { text: 'Authorization: Bearer doo_v1_5a2a3c3f302d73ec465c7c6e7061052b3528d8519e4c82e6d88f63b13b911d9c', secret: 'doo_v1_5a2a3c3f302d73ec465c7c6e7061052b3528d8519e4c82e6d88f63b13b911d9c' },
  ]),
  token('dor', 'digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'high', "Revoke the OAuth application's access under Settings > Applications & API.", [
    { text: '"refresh_token": "dor_v1_88f060d5fcb069d03f0386d15a3788dee4d66eb178c9cfdc3ddc000a9c1a7a84"', secret: 'dor_v1_88f060d5fcb069d03f0386d15a3788dee4d66eb178c9cfdc3ddc000a9c1a7a84' },
    { text: 'DO_REFRESH_TOKEN=dor_v1_ed09d2a7c92a5097c04faa32bacdb9f5e5421e78cd33a505340fad0da870a388', secret: 'dor_v1_ed09d2a7c92a5097c04faa32bacdb9f5e5421e78cd33a505340fad0da870a388' },
  ]),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64 } from '../lib/encoding.ts';

// Fly.io. Personal tokens are fo1_ + 43 base64url characters. Current tokens are macaroons:
// "FlyV1 fm2_<base64 msgpack>[,fm2_…]", whose first macaroon names its issuer, api.fly.io.
const MACAROON = 'fm(?:2|1[ar])_[A-Za-z0-9+/]{40,3000}={0,2}';

export default [
  defineRule({
    id: 'flyio-access-token',
    title: 'Fly.io access token',
    severity: 'critical',
    keywords: ['fo1_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it with \`fly tokens revoke\` or under Account > Access Tokens.`,
    examples: {
      positive: [
        { text: 'FLY_API_TOKEN=fo1__RFYLRb6Q9k1Y3E8ho2npdQ01p9oMjuHLgCq9jeIRbk', secret: 'fo1__RFYLRb6Q9k1Y3E8ho2npdQ01p9oMjuHLgCq9jeIRbk' },
        { text: 'fly deploy --access-token fo1_v2R7Zv4HkDJx4QiLtFBIyALYtiA3Ysczw4id1W5i3Js', secret: 'fo1_v2R7Zv4HkDJx4QiLtFBIyALYtiA3Ysczw4id1W5i3Js' },
      ],
      negative: ["placeholder: 'fo1_...'", 'tumblr_mg4rofgfuY1qc8m6fo1_500.gif', 'fo1_q3ZxQVzCS2ilricGxsz9KdcaIP65HE'],
    },
  }),
  defineRule({
    id: 'flyio-macaroon-token',
    title: 'Fly.io macaroon token',
    severity: 'critical',
    keywords: ['fm2_', 'fm1a_', 'fm1r_'],
    pattern: new RegExp(`(?<![A-Za-z0-9+/_])(?<secret>${MACAROON}(?:,${MACAROON}){0,8})(?![A-Za-z0-9+/=])`),
    validate: (secret) => {
      const first = secret.slice(secret.indexOf('_') + 1).split(',')[0];
      const bytes = decodeBase64(first);
      return bytes?.includes('fly.io') ? true : undefined;
    },
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it with \`fly tokens revoke\` (list with \`fly tokens list\`).`,
    examples: {
      positive: [
        { text: 'FLY_API_TOKEN="FlyV1 fm2_lJPEECgU+wkTxjlP3qkzAFI1Sfm1aHR0cHM6Ly9hcGkuZmx5LmlvL3YxlMRAJ4DQb5NiXVBk5w0v5mPu2Stefl1DgYWcAHyH7OsIhpXHCNAWut7kLlW83beHf/N7vG58gdcDGrgjMMEBP1cGg9uNa4SYRI2FoWS4z4PkaJAixcgFhm0gjEcWiatOxfJj,fm2_krVodHRwczovL2FwaS5mbHkuaW8vYWFhL3YxxGDMAD+fnOqiMpt7tTtmgcgTybTuf7wGIr8eRXCGzNdtEmGtjZF6fj4VYE/nI1ydvtG43N7b3euETk3+eR9A62cFTJDBAV0cW+OTiuWds/bq3wTWX3n+AqJ6SbMGpApGi2Kcqorz1DBlN6z/TqnRspXqz5itPRXphhg="', secret: 'fm2_lJPEECgU+wkTxjlP3qkzAFI1Sfm1aHR0cHM6Ly9hcGkuZmx5LmlvL3YxlMRAJ4DQb5NiXVBk5w0v5mPu2Stefl1DgYWcAHyH7OsIhpXHCNAWut7kLlW83beHf/N7vG58gdcDGrgjMMEBP1cGg9uNa4SYRI2FoWS4z4PkaJAixcgFhm0gjEcWiatOxfJj,fm2_krVodHRwczovL2FwaS5mbHkuaW8vYWFhL3YxxGDMAD+fnOqiMpt7tTtmgcgTybTuf7wGIr8eRXCGzNdtEmGtjZF6fj4VYE/nI1ydvtG43N7b3euETk3+eR9A62cFTJDBAV0cW+OTiuWds/bq3wTWX3n+AqJ6SbMGpApGi2Kcqorz1DBlN6z/TqnRspXqz5itPRXphhg=' },
        { text: 'fly auth token FlyV1 fm2_lJPEEMRFjAJIDJ8eT8Ox+ALYj1e1aHR0cHM6Ly9hcGkuZmx5LmlvL3YxlMRA6l+TtAsoli7KnJFfI8FUxV0R3x62wMFOmFyeSI3qf6uVPTp82yg96W0fliQahY3Mk+jyNMCzTw3j6cXm9Un2FLgZTMQ9DNL7lXp4dl5x99ZYa0dSa2TXGznjkhIDR9ox,fm2_krVodHRwczovL2FwaS5mbHkuaW8vYWFhL3YxxGDqJJedSW9PTXQxfONt7M9nhmW18Byv3pfvhcX4Zt00+XMCLcTSkV6PNvgVIS1PrwC3c55w6tsKLhyYnjeC0oB0JGYgHHLiuY98vM9b7hUWZ8Dbzakom19osMmip8xdtGfn56+SRPWTAS0HAULVPGqelWfr782iEZ8=', secret: 'fm2_lJPEEMRFjAJIDJ8eT8Ox+ALYj1e1aHR0cHM6Ly9hcGkuZmx5LmlvL3YxlMRA6l+TtAsoli7KnJFfI8FUxV0R3x62wMFOmFyeSI3qf6uVPTp82yg96W0fliQahY3Mk+jyNMCzTw3j6cXm9Un2FLgZTMQ9DNL7lXp4dl5x99ZYa0dSa2TXGznjkhIDR9ox,fm2_krVodHRwczovL2FwaS5mbHkuaW8vYWFhL3YxxGDqJJedSW9PTXQxfONt7M9nhmW18Byv3pfvhcX4Zt00+XMCLcTSkV6PNvgVIS1PrwC3c55w6tsKLhyYnjeC0oB0JGYgHHLiuY98vM9b7hUWZ8Dbzakom19osMmip8xdtGfn56+SRPWTAS0HAULVPGqelWfr782iEZ8=' },
        { text: 'token = "fm2_FzucJ8dUD4EYokHjUWdTq/Ek+WmqY5hBSwWyOBzRXJifNVenXlJnnZ8WHqJOBkXgL2x1oyFyKpdD3QtFGUDeBIrbPxM590U5j1Dmnwv0Ab0xRUxCrOsR2m00"', secret: 'fm2_FzucJ8dUD4EYokHjUWdTq/Ek+WmqY5hBSwWyOBzRXJifNVenXlJnnZ8WHqJOBkXgL2x1oyFyKpdD3QtFGUDeBIrbPxM590U5j1Dmnwv0Ab0xRUxCrOsR2m00' },
      ],
      negative: ['const FLY_AUTH = "FlyV1 fm2_FAKE0000FAKE0000FAKE0000FAKE0000FAKE0000FAKE0000FAKE0000"', 'FlyV1 fm2_...', 'assert fly_auth("fm2_example") == "FlyV1 fm2_example"'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// LaunchDarkly API access tokens (api-) and server-side SDK keys (sdk-) are a prefix plus a
// UUID; mobile keys (mob-) and client-side ids are public by design. A LaunchDarkly name must
// be on the line, since sdk-<uuid> appears in other products.
export default [
  defineRule({
    id: 'launchdarkly-key',
    title: 'LaunchDarkly API token or SDK key',
    severity: 'high',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk', 'ld_api'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
    confidence: 'medium',
    remediation: `${ROTATE} Reset the SDK key or delete the access token in LaunchDarkly (Account settings > Authorization / Projects).`,
    examples: {
      positive: [
        { text: 'LAUNCHDARKLY_SDK_KEY=sdk-73451255-18ec-4e84-8d4e-322ceb551120', secret: 'sdk-73451255-18ec-4e84-8d4e-322ceb551120' },
        { text: 'LD_API_TOKEN="api-a42fb3ed-a39a-43c4-8a8e-99097532bf1c"', secret: 'api-a42fb3ed-a39a-43c4-8a8e-99097532bf1c' },
      ],
      negative: ['LAUNCHDARKLY_MOBILE_KEY=mob-6281213e-3c40-402f-a622-a1b8fc0f9eae', 'LAUNCHDARKLY_SDK_KEY=sdk-0d8764a490382bffea16'],
    },
  }),
];

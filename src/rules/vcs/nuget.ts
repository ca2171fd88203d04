import { defineRule, ROTATE } from '../lib/define.ts';

// NuGet.org API keys: "oy2" + 43 lower-case base32 characters encoding a fixed-layout binary
// key, so certain positions can only hold certain symbols (the high bit of the first byte is 0,
// the version and padding bits are fixed).
function nugetLayoutValid(key: string): boolean {
  return (
    /[a-p]/.test(key[3]) && /[aq]/.test(key[19]) && /[eu]/.test(key[31]) && /[bdfhjlnprtvxz357]/.test(key[32]) &&
    /[a-p]/.test(key[33]) && /[aeimquy4]/.test(key[45])
  );
}

export default [
  defineRule({
    id: 'nuget-api-key',
    title: 'NuGet API key',
    severity: 'critical',
    keywords: ['oy2'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>oy2[a-z2-7]{43})(?![A-Za-z0-9+/=])/,
    validate: (secret) => (nugetLayoutValid(secret) ? true : undefined),
    confidence: 'low',
    minEntropy: 3.8,
    remediation: `${ROTATE} Delete or regenerate it under API Keys on nuget.org, then check the packages it could push.`,
    examples: {
      positive: [
        { text: 'nuget push *.nupkg -Source https://api.nuget.org/v3/index.json -ApiKey oy2bbrem6znihr7x7pqqg7sf7jc6harudi464tzfvg4mhe', secret: 'oy2bbrem6znihr7x7pqqg7sf7jc6harudi464tzfvg4mhe' },
        { text: 'NUGET_API_KEY=oy2iudyhqgmfi55kdyramln35etp24gehh7k4dkg2vmdfm', secret: 'oy2iudyhqgmfi55kdyramln35etp24gehh7k4dkg2vmdfm' },
        { text: '<add key="ApiKey" value="oy2ws4mvlujuexfxzm4lotzoqzbiaqxz4ybuxtvrgd4eew" />', secret: 'oy2ws4mvlujuexfxzm4lotzoqzbiaqxz4ybuxtvrgd4eew' },
      ],
      negative: ['-ApiKey oy2xxxxxxx', 'dotnet nuget push -k oy2...', 'toy2klbczojibrihtk7kkumtffeaimos2547tiqxfbwryvo'],
    },
  }),
];

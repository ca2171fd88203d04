import { defineRule, ROTATE } from '../lib/define.ts';

// Dynatrace tokens: dt0 + type letter + 2-digit version, a 24-character public id and a
// 64-character secret, separated by dots (dt0c01.<24>.<64>; platform tokens dt0s..).
export default [
  defineRule({
    id: 'dynatrace-api-token',
    title: 'Dynatrace API token',
    severity: 'high',
    keywords: ['dt0'],
    pattern: /(?<![A-Za-z0-9])(?<secret>dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it under Access tokens in Dynatrace.`,
    examples: {
      positive: [
        { text: 'DT_API_TOKEN=dt0c01.D80J97YXLTQUW5TOGQOIWOEE.5AXKAVDPM7N6NPIY147E2NMRGMSUS9ZD08FDEWU5K7IXM54SYFQ6N9OH94OI3NJ7', secret: 'dt0c01.D80J97YXLTQUW5TOGQOIWOEE.5AXKAVDPM7N6NPIY147E2NMRGMSUS9ZD08FDEWU5K7IXM54SYFQ6N9OH94OI3NJ7' },
        { text: 'apiToken: "dt0s01.VCTHHCWKDTKX7YZKQB90EO9R.L9AZ7WB2NSCLGOWAEKTJKA6Q21C99DXX9MNPPZPL4ZHSTHFH0TS9WNSI2CGDOHWC"', secret: 'dt0s01.VCTHHCWKDTKX7YZKQB90EO9R.L9AZ7WB2NSCLGOWAEKTJKA6Q21C99DXX9MNPPZPL4ZHSTHFH0TS9WNSI2CGDOHWC' },
      ],
      negative: ['DT_API_TOKEN=dt0c01.ZKM7TYTX2GXGAKWXJ72MJIKR', 'dt0c01.PSCMDN2QRP2T8X9U9K7FE01C.J30M5NZGOLKTP22T630LQ6MFBWQZHWP406QRKZRPI98P7Y2WJSQUOFE12BUN'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Dropbox OAuth access tokens: short-lived ones start sl. (sl.u. for the newer, longer ones);
// legacy long-lived ones are 11 characters, ten A's and 43 more, taken next to a Dropbox name.
const REVOKE = `${ROTATE} Revoke the app's access at https://www.dropbox.com/account/connected_apps (or regenerate in the App Console).`;

export default [
  defineRule({
    id: 'dropbox-short-lived-token',
    title: 'Dropbox short-lived access token',
    severity: 'medium',
    keywords: ['sl.'],
    pattern: /(?<![A-Za-z0-9._-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_.-])/,
    minEntropy: 4.5,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'DROPBOX_ACCESS_TOKEN=sl.kfCPb8DN7nfxFFLInGoJNU_XKI1bwD3KPW4VI1vTPGaocVbE24V7Jnx2ZrVT5E2Y7W-dIC07cnkAHmMTrBB5twHSWv-52e0JXrGhJwI-3AlTtEwnQrz3K6R6PHZUatCYzftEWHJebP', secret: 'sl.kfCPb8DN7nfxFFLInGoJNU_XKI1bwD3KPW4VI1vTPGaocVbE24V7Jnx2ZrVT5E2Y7W-dIC07cnkAHmMTrBB5twHSWv-52e0JXrGhJwI-3AlTtEwnQrz3K6R6PHZUatCYzftEWHJebP' },
        { text: 'dbx = dropbox.Dropbox("sl.u.jSGe7Opo8_dG0re9ZyigfJgmbqTORMm6ZbSUD3QdB5Vw6vtO9TOIvrvC7RAjF196qMc0nAHPEfVxSi2i7J8LyI1QFLoLHEG7PzcfOoy6IBVyw8A2UW8Rw0Wv-CalPjHHr3QeZlomcwG5t57OOSRh8npopXvIRV0R-BGRRG7LJKToj5SR1G2Y0rdDaRWSQKYAr_IcEkVRvNvSe1mAExJ4dcaCE_y0gzRd4ranWs48-T2XkFaubfht-4e8myH9DBRTRndqpP8dPduPe3f8QZH4csfrzVBGkcvVaOAF7lgb5k17HrRRLYbvFNIkWB73NanbVxkOmwC4xmf84Hh2zqcCLR2mfasXoXlwjFjn9CBbb1L6EKY92h0coUsVFvEYPrkZEhHvvub1XrPw_mbu")', secret: 'sl.u.jSGe7Opo8_dG0re9ZyigfJgmbqTORMm6ZbSUD3QdB5Vw6vtO9TOIvrvC7RAjF196qMc0nAHPEfVxSi2i7J8LyI1QFLoLHEG7PzcfOoy6IBVyw8A2UW8Rw0Wv-CalPjHHr3QeZlomcwG5t57OOSRh8npopXvIRV0R-BGRRG7LJKToj5SR1G2Y0rdDaRWSQKYAr_IcEkVRvNvSe1mAExJ4dcaCE_y0gzRd4ranWs48-T2XkFaubfht-4e8myH9DBRTRndqpP8dPduPe3f8QZH4csfrzVBGkcvVaOAF7lgb5k17HrRRLYbvFNIkWB73NanbVxkOmwC4xmf84Hh2zqcCLR2mfasXoXlwjFjn9CBbb1L6EKY92h0coUsVFvEYPrkZEhHvvub1XrPw_mbu' },
      ],
      negative: ['DROPBOX_ACCESS_TOKEN=sl.Q1w52gdWpl1FiJ5Tri4RJa2Tx0HPqhChwfdfsx8enhN2zvxe7UiGuNxL8N-G', 'import tsl.ol3vpahgiaeu0wj8m02gsvebz5ugwwc9g2lp2anv7zietxpq2l65l33h07t0udlpat6a4e46c4rnqo1amp5d6l5ce8zl44vh0r2mlqseu9igu9c9i3zhzh7j1ci3dbxdyniqdw2w01xz'],
    },
  }),
  defineRule({
    id: 'dropbox-long-lived-token',
    title: 'Dropbox long-lived access token',
    severity: 'high',
    keywords: ['dropbox'],
    pattern: /dropbox[\w.-]{0,30}?["']?\s{0,5}(?:=>|:=|=|:|\()\s{0,5}["']?(?<secret>[A-Za-z0-9_-]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/i,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'DROPBOX_TOKEN=ShEWRh83Az5AAAAAAAAAAi-YW2yg270x8W-BcOVpZpbPJBPpQ-XbBNzjQhoeybk1', secret: 'ShEWRh83Az5AAAAAAAAAAi-YW2yg270x8W-BcOVpZpbPJBPpQ-XbBNzjQhoeybk1' },
        { text: "dbx = dropbox.Dropbox('AsrA1cvpLiRAAAAAAAAAAFL-a4MvrP8v6SwimXG6aBD3BajJ7lVNOYDBFJ-rPLZJ')", secret: 'AsrA1cvpLiRAAAAAAAAAAFL-a4MvrP8v6SwimXG6aBD3BajJ7lVNOYDBFJ-rPLZJ' },
      ],
      negative: ['DROPBOX_TOKEN=fIIv2PSN6ySAAAAAAAAAA0OCCDYDFTQWysZXoEpCo', 'DROPBOX_APP_KEY=3jf6j00o5mhsqnc'],
    },
  }),
];

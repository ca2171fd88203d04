import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Json, hasFields } from '../lib/encoding.ts';

// Mapbox tokens: a scope prefix, base64url JSON {u: user, a: token id}, and a signature.
// sk. (secret) and tk. (temporary) tokens are credentials; pk. public tokens ship to browsers
// by design and are not reported.
export default [
  defineRule({
    id: 'mapbox-secret-token',
    title: 'Mapbox secret access token',
    severity: 'high',
    keywords: ['sk.eyj', 'tk.eyj'],
    pattern: /(?<![A-Za-z0-9.])(?<secret>[st]k\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
    validate: (secret) => {
      const payload = secret.slice(3, secret.lastIndexOf('.'));
      return hasFields(decodeBase64Json(payload), ['u']) ? true : false;
    },
    remediation: `${ROTATE} Delete the token at https://account.mapbox.com/access-tokens/.`,
    examples: {
      positive: [
        { text: 'MAPBOX_SECRET_TOKEN=sk.eyJ1IjoidGVycmFpbi1sYWIiLCJhIjoiMjhxZXMxczV4cnNoazE2dWdzd2l5b2xvbyJ9.txiJd91NCQK49pl9NadVqg', secret: 'sk.eyJ1IjoidGVycmFpbi1sYWIiLCJhIjoiMjhxZXMxczV4cnNoazE2dWdzd2l5b2xvbyJ9.txiJd91NCQK49pl9NadVqg' },
        { text: 'MAPBOX_DOWNLOADS_TOKEN="sk.eyJ1Ijoib3JiaXRhbG1hcHMiLCJhIjoia25oam5taWtyN2NjajE2c2R0eGhod2xoaCJ9.CvUCp5MkUFDia9NoUQMWQQ"', secret: 'sk.eyJ1Ijoib3JiaXRhbG1hcHMiLCJhIjoia25oam5taWtyN2NjajE2c2R0eGhod2xoaCJ9.CvUCp5MkUFDia9NoUQMWQQ' },
        { text: 'mapboxgl.accessToken = "sk.eyJ1Ijoia2ZyZWlnaHQiLCJhIjoiOW0zNjF3dzhvcTE5bDE1cXN1aXpzcnl2MiJ9.XnC7PfrB5f1Xh-Oyw4zuhQ";', secret: 'sk.eyJ1Ijoia2ZyZWlnaHQiLCJhIjoiOW0zNjF3dzhvcTE5bDE1cXN1aXpzcnl2MiJ9.XnC7PfrB5f1Xh-Oyw4zuhQ' },
      ],
      negative: ['mapboxgl.accessToken = "pk.eyJ1IjoidGVycmFpbi1sYWIiLCJhIjoidHI4NjMxenVyajZ3Mm9ycXoybXYyajVxbyJ9.O9h_6PHfkYYqiJOdAPzVhg";', 'MAPBOX_SECRET_TOKEN=sk.eyJeTtkXTUvl3w8u5hDMy98TmIkMAUiGiByaHovI91S.3AA3xxB_j7uLj429uBV8Ml'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';
import { decodeBasicAuth } from '../lib/encoding.ts';

// HTTP basic authentication written out: the `Basic` scheme and the base64 of `user:password`
// (RFC 7617), in a header, a curl command, a client's default headers, an .http file. The
// scheme word and a value that decodes to printable `user:password` are proof of the shape:
// base64 of anything else does not decode to that. The secret reported is the base64 text, as
// written; the checks apply to the password inside it.
//
// Not reported: placeholder passwords (`username:password`, `user:${PASS}`) and the standards'
// own examples (RFC 7617's Aladdin:open sesame, RFC 6749's client s6BhdRkqt3:gX1fBat3bV), which
// documentation and tests quote everywhere.

export default [
  defineRule({
    id: 'basic-auth-header',
    title: 'HTTP basic auth credentials (Authorization: Basic)',
    severity: 'high',
    // With the space or tab the scheme needs: C++'s basic_string and basic_ostream are not it.
    keywords: ['basic ', 'basic\t'],
    pattern: /(?<![\w-])(?:Basic|basic|BASIC)[ \t]{1,4}(?<secret>[A-Za-z0-9+/]{8,684}={0,2})(?![\w+/=-])/,
    validate: (secret) => {
      const auth = decodeBasicAuth(secret);
      return auth && !isPlaceholderPassword(auth.password, auth.user) ? undefined : false;
    },
    remediation: `${ROTATE} Change the password (or revoke the token it carries), and build the header at run time from the environment or a secret manager.`,
    examples: {
      positive: [
        { text: 'curl -H "Authorization: Basic ZGVwbG95OlRxNyFtV3ozTHA4Vng=" https://ci.internal/api/builds', secret: 'ZGVwbG95OlRxNyFtV3ozTHA4Vng=' },
        { text: "const headers = { Authorization: 'Basic c3ZjLXJlcG9ydHM6SG41I3ZSazJRejdXcA==' };", secret: 'c3ZjLXJlcG9ydHM6SG41I3ZSazJRejdXcA==' },
        { text: 'GET https://reports.internal/v1/daily\nauthorization: basic c3ZjLXJlcG9ydHM6SG41I3ZSazJRejdXcA==', secret: 'c3ZjLXJlcG9ydHM6SG41I3ZSazJRejdXcA==' },
      ],
      negative: [
        // The RFCs' examples, and placeholders: username:password, admin:admin, user: (no password).
        'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
        'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
        'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=',
        'Authorization: Basic YWRtaW46YWRtaW4=',
        'Authorization: Basic dXNlcjo=',
        // Prose, and headers built at run time.
        'Basic configuration of the client is described below.',
        "headers.Authorization = 'Basic ' + btoa(`${user}:${pass}`);",
        'curl -H "Authorization: Basic $(printf %s "$USER:$PASS" | base64)"',
        'Authorization: Basic ${BASIC_AUTH}',
      ],
    },
  }),
];

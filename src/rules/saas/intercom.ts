import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Text } from '../lib/encoding.ts';

// Intercom access tokens are base64 of "tok:<uuid with underscores>:<n>:<n>" (so they start
// dG9rOj); the decoded shape is the proof.
export default [
  defineRule({
    id: 'intercom-access-token',
    title: 'Intercom access token',
    severity: 'high',
    keywords: ['dg9roj'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>dG9rOj[A-Za-z0-9+/]{40,90}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const text = decodeBase64Text(secret);
      return text !== undefined && /^tok:[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}:\d{1,4}:\d{1,4}$/.test(text) ? true : false;
    },
    remediation: `${ROTATE} Revoke it in the Intercom Developer Hub (your app > Authentication).`,
    examples: {
      positive: [
        { text: 'INTERCOM_ACCESS_TOKEN=dG9rOjZhNDNlODBjX2U2ODBfNGYzYl84NTgzX2YxOTc0ZGQ2MGM4MzoxOjA=', secret: 'dG9rOjZhNDNlODBjX2U2ODBfNGYzYl84NTgzX2YxOTc0ZGQ2MGM4MzoxOjA=' },
        { text: 'client = Intercom::Client.new(token: "dG9rOjMwYTgwZjYyXzYwOGJfNDZiM19hMTAyXzFmZjJkYTNkYjhhNjoxOjA=")', secret: 'dG9rOjMwYTgwZjYyXzYwOGJfNDZiM19hMTAyXzFmZjJkYTNkYjhhNjoxOjA=' },
      ],
      negative: ['INTERCOM_ACCESS_TOKEN=dG9rZW46d1RzM292bHJrV3VvbUlDZHdWbG1UUkJxRDYzVk5NTHVBaVNuUTRvZw==', 'INTERCOM_ACCESS_TOKEN=dG9rOjOpMO46B7Tpk226Rd3JMioKru8p9UAOPxYmKhC6slbATZpJ41nV'],
    },
  }),
];

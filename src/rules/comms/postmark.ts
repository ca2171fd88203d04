import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Postmark server and account API tokens are UUIDs: only the Postmark name (an env var, the
// X-Postmark-Server-Token header, a client constructor) identifies them.
export default [
  defineRule({
    id: 'postmark-api-token',
    title: 'Postmark server or account token',
    severity: 'high',
    keywords: ['postmark'],
    pattern: namedValue('postmark', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    remediation: `${ROTATE} Regenerate it in the Postmark server's API Tokens tab (account tokens: Account, API Tokens).`,
    examples: {
      positive: [
        { text: 'POSTMARK_SERVER_TOKEN=09aea21b-0705-4851-8213-bf609b2be33c', secret: '09aea21b-0705-4851-8213-bf609b2be33c' },
        { text: 'X-Postmark-Server-Token: 97d120b9-f836-485e-9173-23a5808dcced', secret: '97d120b9-f836-485e-9173-23a5808dcced' },
        { text: 'const client = new postmark.ServerClient("5db27ef0-5aa8-4d4f-8d9e-1705147d8447");', secret: '5db27ef0-5aa8-4d4f-8d9e-1705147d8447' },
      ],
      negative: ['X-Postmark-Server-Token: POSTMARK_API_TEST', 'POSTMARK_MESSAGE_STREAM=outbound', 'postmark_message_id: 0fb82bc3-3ea6-4446-a92b-209ef18a71c4'],
    },
  }),
];

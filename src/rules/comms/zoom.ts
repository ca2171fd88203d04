import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Zoom app credentials (Server-to-Server OAuth, OAuth and Meeting SDK apps): the client id is
// an identifier, the client secret (32 alphanumerics, no prefix) is the credential and needs
// the Zoom name next to it.
export default [
  defineRule({
    id: 'zoom-client-secret',
    title: 'Zoom app client secret',
    severity: 'high',
    keywords: ['zoom'],
    pattern: namedValue('zoom', '[A-Za-z0-9]{32}', { word: '(?:client|sdk|api)[_.-]?secret' }),
    minEntropy: 3.8,
    remediation: `${ROTATE} Regenerate it on the app's App Credentials page at https://marketplace.zoom.us (Manage).`,
    examples: {
      positive: [
        { text: 'ZOOM_CLIENT_SECRET=cKOhs7wA2JWaWnshoxjUUKzfZVnsrgoo', secret: 'cKOhs7wA2JWaWnshoxjUUKzfZVnsrgoo' },
        { text: '"zoomSdkSecret": "WeHbqzs2U4qirRiYgQd5kQu2uX0EeRMW"', secret: 'WeHbqzs2U4qirRiYgQd5kQu2uX0EeRMW' },
      ],
      negative: ['ZOOM_CLIENT_ID=YbOo6QgvGCaQOMgEcp3nQT', 'ZOOM_CLIENT_SECRET=your_zoom_client_secret'],
    },
  }),
];

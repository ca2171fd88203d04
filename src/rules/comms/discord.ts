import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';
import { isDiscordSnowflake } from '../lib/encoding.ts';

// Discord bot tokens: base64(bot user id) . 6-character timestamp . 27 or 38-character HMAC.
// The first segment must decode to a snowflake id whose timestamp is plausible: that is the
// offline proof, and what separates a token from any other dotted base64 triple. Webhook URLs
// carry the webhook's snowflake id and a 68-character token.

function botTokenId(segment: string): boolean {
  const id = Buffer.from(segment, 'base64').toString('latin1');
  return isDiscordSnowflake(id);
}

export default [
  defineRule({
    id: 'discord-bot-token',
    title: 'Discord bot token',
    severity: 'high',
    // The token has no fixed prefix; these words sit next to nearly every one (DISCORD_TOKEN=,
    // client.run(...), client.login(...), Authorization: Bot ...).
    keywords: ['discord', 'token', 'bot', '.run(', '.login('],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?<id>[MNO][A-Za-z0-9_-]{22,26})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])/,
    validate: (_secret, groups) => botTokenId(groups.id ?? ''),
    remediation: `${ROTATE} Reset the token in the Developer Portal (https://discord.com/developers/applications, Bot page).`,
    examples: {
      positive: [
        { text: 'DISCORD_TOKEN=NzY4MTk0ODQ3NDQ0OTk3NzUx.T_Fbo6.GahN-B8oK_w0-HX82An4uDRmOaNEn5_lk2vOkc', secret: 'NzY4MTk0ODQ3NDQ0OTk3NzUx.T_Fbo6.GahN-B8oK_w0-HX82An4uDRmOaNEn5_lk2vOkc' },
        { text: "client.run('NjcxMzEyOTU1NTczMDk1NzU4.vRAcoy.VnBAzpbnuvNERHUtJzV92TmpPMD')", secret: 'NjcxMzEyOTU1NTczMDk1NzU4.vRAcoy.VnBAzpbnuvNERHUtJzV92TmpPMD' },
      ],
      negative: [
        // first segment does not decode to a snowflake id
        'DISCORD_TOKEN=MTIzNDU2Nzg5MGFiY2RlZmdoaWo.Zxd2RP.4Cq9eXxQ84Pg_3Ufygm7YJiwt9m8Tk8-r9GBR3',
        'bot.run("your-bot-token-goes-here")',
        'token = "MTAxODAxOTc2NTU1NDQ4NTI4Ng.s8Ti.yFOYb9zWQbTeHJnMbuGRVyU97f74RAilvd-PKP"',
      ],
    },
  }),
  defineRule({
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    severity: 'medium',
    keywords: ['/webhooks/'],
    pattern:
      /(?<secret>https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/(?<id>\d{17,20})\/[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/,
    validate: (_secret, groups) => isDiscordSnowflake(groups.id ?? ''),
    remediation: `${ROTATE} Delete the webhook in the channel's Integrations settings and create a new one.`,
    examples: {
      positive: [
        { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/504548720378306446/WIvh95qG35Pp_aqfsmK345GB8dJZ9AeN_ZvhwMFYpuFvZCvkNnn4D8s--ICpWYmO2VND', secret: 'https://discord.com/api/webhooks/504548720378306446/WIvh95qG35Pp_aqfsmK345GB8dJZ9AeN_ZvhwMFYpuFvZCvkNnn4D8s--ICpWYmO2VND' },
        { text: 'webhook = DiscordWebhook(url="https://discordapp.com/api/webhooks/1027063901326416295/E84y1MCkBqRn-quSYbHM2CZvYbDROaumhIt_sS-3dQuWVE_cdyHnuZmNPyAA2Tipdr3Y")', secret: 'https://discordapp.com/api/webhooks/1027063901326416295/E84y1MCkBqRn-quSYbHM2CZvYbDROaumhIt_sS-3dQuWVE_cdyHnuZmNPyAA2Tipdr3Y' },
      ],
      negative: [
        'https://discord.com/api/webhooks/123456789012345678/your-webhook-token',
        // id 99999999999999999999 would be centuries after the Discord epoch
        'https://discord.com/api/webhooks/99999999999999999999/BVK4X7q-DTEUUog-5Qd-uoZ7Z6soXYPaZWu8oV5lSsaX3ffhe0yRv-8ZKvBJpeGPWTuB',
      ],
    },
  }),
  defineRule({
    id: 'discord-client-secret',
    title: 'Discord OAuth2 client secret',
    severity: 'high',
    keywords: ['discord'],
    pattern: namedValue('discord', '[A-Za-z0-9_-]{32}', { word: 'client[_.-]?secret' }),
    minEntropy: 3.8,
    remediation: `${ROTATE} Reset it on the OAuth2 page of the application at https://discord.com/developers/applications.`,
    examples: {
      positive: [
        { text: 'DISCORD_CLIENT_SECRET=mpvvs2x6CepR83T4I3JHC2QVVrSNQC0p', secret: 'mpvvs2x6CepR83T4I3JHC2QVVrSNQC0p' },
        { text: '"discordClientSecret": "-vU36AtyhsSeCSAVzjzFQHLx0oa3K7PN"', secret: '-vU36AtyhsSeCSAVzjzFQHLx0oa3K7PN' },
      ],
      negative: ['DISCORD_CLIENT_SECRET="your_discord_secret"', 'DISCORD_CLIENT_ID=972279596977263606'],
    },
  }),
];

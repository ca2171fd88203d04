import { defineRule, ROTATE } from '../lib/define.ts';
import { isBase64OfLength } from '../lib/encoding.ts';

// Telegram bot tokens: <bot id>:<35 characters>. The secret half is the base64url encoding of
// 26 bytes whose first byte is zero, so it always starts with AA and ends canonically: the
// `:AA` is the keyword, the canonical decoding is the proof. Covers the bare token and the
// api.telegram.org/bot<token>/ URL form.
export default [
  defineRule({
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    severity: 'high',
    keywords: [':aa'],
    pattern: /(?<![0-9])(?<secret>\d{8,10}:(?<key>AA[A-Za-z0-9_-]{33}))(?![A-Za-z0-9_-])/,
    validate: (_secret, groups) => isBase64OfLength(groups.key ?? '', 26, 'url'),
    remediation: `${ROTATE} Revoke it with /revoke in a chat with @BotFather.`,
    examples: {
      positive: [
        { text: 'TELEGRAM_BOT_TOKEN = "8641929528:AAGcPr8nmPNoKpQJ6bzPDcvALD2O4bC94_0"', secret: '8641929528:AAGcPr8nmPNoKpQJ6bzPDcvALD2O4bC94_0' },
        { text: 'url = "https://api.telegram.org/bot6811352947:AAFjW9ybcgdmc63AjhhPcv9oCWKdAovEIjM/sendMessage"', secret: '6811352947:AAFjW9ybcgdmc63AjhhPcv9oCWKdAovEIjM' },
      ],
      negative: [
        'TELEGRAM_BOT_TOKEN = "YOUR_TELEGRAM_BOT_TOKEN"',
        'url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"',
        // not a canonical 26-byte encoding (the last character carries stray bits)
        'token = "1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawb"',
      ],
    },
  }),
];

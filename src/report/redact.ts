// Redaction keeps just enough to recognise a secret (its vendor prefix and a few characters
// for a long one) and never its length or its tail. A short secret shows nothing at all.

const MASK = '*'.repeat(12);

export function redact(secret: string): string {
  const firstLine = secret.split(/\r?\n|\\n/)[0];
  // A PEM armour line names the key type and holds nothing secret.
  if (/^-----BEGIN [A-Z0-9 ]+-----$/.test(firstLine)) return `${firstLine}${MASK}`;
  if (secret.length < 16) return MASK;
  // A vendor prefix (ghp_, sk-proj-, xoxb-) is public knowledge; keep it and at most 4 more
  // characters, never more than a fifth of the secret. Without a prefix, at most 4 characters.
  const prefix = /^[A-Za-z0-9]{2,12}[_-](?:[A-Za-z0-9]{1,8}[_-])?/.exec(firstLine)?.[0] ?? '';
  const budget = prefix ? Math.min(prefix.length + 4, Math.floor(secret.length / 5)) : Math.min(4, Math.floor(secret.length / 8));
  return firstLine.slice(0, budget) + MASK;
}

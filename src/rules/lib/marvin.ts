// Marvin32, the seeded checksum Microsoft embeds in its "identifiable" keys (Azure Storage,
// Cosmos DB, Service Bus, Event Hubs, Functions, Entra ID client secrets...). The layout of
// those keys is public (microsoft/security-utilities): random bytes, a 4-character base64
// signature naming the service, then the 32-bit Marvin checksum of everything before it.

const rotl = (v: number, s: number): number => ((v << s) | (v >>> (32 - s))) >>> 0;

/** Marvin32 of `data` collapsed to 32 bits (high half XOR low half), as .NET computes it. */
export function marvin32(data: Uint8Array, seed: bigint): number {
  let p0 = Number(seed & 0xffffffffn) >>> 0;
  let p1 = Number((seed >> 32n) & 0xffffffffn) >>> 0;
  const mix = (): void => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 19);
  };
  let i = 0;
  for (; i + 4 <= data.length; i += 4) {
    p0 = (p0 + ((data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0)) >>> 0;
    mix();
  }
  const rest = data.length - i;
  let tail = 0x80;
  if (rest === 1) tail = 0x8000 | data[i];
  else if (rest === 2) tail = 0x800000 | data[i] | (data[i + 1] << 8);
  else if (rest === 3) tail = (0x80000000 | data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)) >>> 0;
  p0 = (p0 + tail) >>> 0;
  mix();
  mix();
  return (p0 ^ p1) >>> 0;
}

/** An 8-character checksum seed: the ASCII bytes of a name like "Default0", read big-endian. */
export function marvinSeed(name: string): bigint {
  let v = 0n;
  for (let i = 0; i < name.length; i++) v = (v << 8n) | BigInt(name.charCodeAt(i));
  return v;
}

/**
 * True when `key` is a Microsoft identifiable key: `signature` sits just before the six
 * checksum characters, and the last four decoded bytes are the Marvin32 (under one of `seeds`)
 * of the bytes before them.
 */
export function isIdentifiableKey(key: string, signature: string, seeds: readonly bigint[], urlSafe = false): boolean {
  const trimmed = key.replace(/=+$/, '');
  if (trimmed.length < 20 || trimmed.slice(-10, -6) !== signature) return false;
  const bytes = Buffer.from(urlSafe ? trimmed.replace(/-/g, '+').replace(/_/g, '/') : trimmed, 'base64');
  if (bytes.length < 8) return false;
  const want = bytes.readUInt32LE(bytes.length - 4);
  const body = bytes.subarray(0, bytes.length - 4);
  return seeds.some((seed) => marvin32(body, seed) === want);
}

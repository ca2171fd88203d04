// Known-answer tests for the checksum helpers rule validators rely on. Vectors are the public
// ones from the .NET runtime's Marvin tests and the CRC-32 check value.
import { describe, expect, it } from 'vitest';
import { marvin32, marvinSeed } from '../src/rules/lib/marvin.ts';
import { crc32, crc32Bytes, hasTrailingHexCrc32 } from '../src/rules/lib/checksum.ts';
import { decodeBase32, decodeBasicAuth } from '../src/rules/lib/encoding.ts';
import { isPypiMacaroon } from '../src/rules/vcs/pypi.ts';
import { routableTokenValid } from '../src/rules/vcs/gitlab.ts';

const hiLo = (data: number[], seed: bigint) => marvin32(Uint8Array.from(data), seed);

describe('marvin32', () => {
  const seed = 0x004fb61a001bdbccn;
  it.each([
    [[], 0x30ed35c1 ^ 0x00cd3c7d],
    [[0xaf], 0x48e73fc7 ^ 0x7d75ddc1],
    [[0xe7, 0x0f], 0xb5f6e1fc ^ 0x485dbff8],
    [[0x37, 0xf4, 0x95], 0xf0b07c78 ^ 0x9b8cf7e8],
    [[0x86, 0x42, 0xdc, 0x59], 0x7008f2e8 ^ 0x7e9cf556],
  ])('matches the .NET vector for %j', (data, want) => {
    expect(hiLo(data, seed)).toBe(want >>> 0);
  });
  it('collapses 64 bits the way ComputeHash32 does', () => {
    expect(marvin32(Buffer.from('abc'), 0xd53cd9cecd0893b7n)).toBe(0x6be02a86);
    expect(marvin32(Buffer.from('abcdefghijklmnopqrstuvwxyz'), 0xddddeeeeffff000n)).toBe(0xd34847dc);
  });
  it('builds seeds from their 8-character names', () => {
    expect(marvinSeed('Default0')).toBe(0x44656661756c7430n);
    expect(marvinSeed('AadPwd00')).toBe(0x4161645077643030n);
  });
});

describe('crc32', () => {
  it('has the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32Bytes(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
  it('checks trailing hex checksums', () => {
    expect(hasTrailingHexCrc32('123456789cbf43926')).toBe(true);
    expect(hasTrailingHexCrc32('123456789CBF43926')).toBe(true);
    expect(hasTrailingHexCrc32('123456789cbf43927')).toBe(false);
  });
});

describe('decoders', () => {
  it('decodes RFC 4648 base32', () => {
    expect(Buffer.from(decodeBase32('mzxw6ytboi') ?? []).toString()).toBe('foobar');
    expect(decodeBase32('not base32!')).toBeUndefined();
  });
  it('decodes user:password pairs only', () => {
    expect(decodeBasicAuth(Buffer.from('ci:s3cret').toString('base64'))).toEqual({ user: 'ci', password: 's3cret' });
    expect(decodeBasicAuth(Buffer.from('user:').toString('base64'))).toBeUndefined();
    expect(decodeBasicAuth(Buffer.from([0xff, 0x3a, 0x01]).toString('base64'))).toBeUndefined();
  });
});

describe('structured tokens', () => {
  it('rejects macaroons that do not end in a 32-byte signature', () => {
    const field = (t: number, d: Buffer) => Buffer.concat([Buffer.from([t, d.length]), d]);
    const head = [Buffer.from([2]), field(1, Buffer.from('pypi.org')), field(2, Buffer.from('id')), Buffer.from([0, 0])];
    expect(isPypiMacaroon(Buffer.concat([...head, field(6, Buffer.alloc(32, 7))]))).toBe(true);
    expect(isPypiMacaroon(Buffer.concat([...head, field(6, Buffer.alloc(16, 7))]))).toBe(false);
    expect(isPypiMacaroon(Buffer.concat([Buffer.from([2]), field(1, Buffer.from('evil.org')), field(2, Buffer.from('id'))]))).toBe(false);
  });
  it('checks the CRC-32 of routable GitLab tokens', () => {
    const payload = 'o:1';
    const body = Buffer.concat([Buffer.alloc(16, 9), Buffer.from(payload), Buffer.from([payload.length])]).toString('base64url');
    const head = `glpat-${body}.01.${body.length.toString(36).padStart(2, '0')}`;
    const token = head + crc32(head).toString(36).padStart(7, '0');
    expect(routableTokenValid(token)).toBe(true);
    expect(routableTokenValid(`${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`)).toBeUndefined();
  });
});

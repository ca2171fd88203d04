// Standard input (`scan-secrets -`), named by --stdin-filename so file rules and reports have
// a path to speak of.

import type { Target } from '../engine/types.ts';
import { decodeBytes } from './text.ts';
import type { Skip, Source } from './types.ts';

export class StdinSource implements Source {
  readonly skipped: Skip[] = [];
  label = 'in standard input';
  constructor(private readonly name: string = '<stdin>') {}

  async *targets(): AsyncIterable<Target> {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const decoded = decodeBytes(bytes, true);
    if (decoded.binary) this.skipped.push({ path: this.name, reason: 'binary' });
    yield { path: this.name, size: bytes.length, added: true, content: decoded.content, utf8: decoded.utf8, binary: decoded.binary, head: decoded.head, origin: { kind: 'stdin' } };
  }
}

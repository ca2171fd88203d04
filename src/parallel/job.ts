// A job is one file's worth of work in a form that can cross to a worker thread (structured
// clone, bytes transferred): a file to read, or bytes git already gave us. Reading, decoding
// and scanning all happen in runJob, so one thread or many run exactly the same code.

import type { Engine } from '../engine/engine.ts';
import { scannedSize, type Finding, type Origin, type Target } from '../engine/types.ts';
import { readTarget } from '../scanners/files.ts';
import { decodeBytes } from '../scanners/text.ts';
import type { Skip } from '../scanners/types.ts';

export type Job =
  | {
      /** Text already in hand, such as the lines a commit added. */
      kind: 'text';
      path: string;
      content: string;
      /** File line number of each content line (see Target.lineMap). */
      lineMap?: number[];
      /** Lines held as context only (see Target.contextLines). */
      contextLines?: number[];
      mode?: string;
      added?: boolean;
      origin: Origin;
    }
  | {
      kind: 'file';
      /** Where to read it: bytes when the name is not UTF-8 (see FsPath). */
      abs: string | Uint8Array;
      /** Display path. */
      path: string;
      /** Size from a stat, when the source already made one (for scheduling only). */
      size?: number;
      mode?: string;
      lfs?: boolean;
      skipUnreadable?: boolean;
      origin: Origin;
    }
  | {
      kind: 'bytes';
      path: string;
      /** The whole content; its buffer is transferred (not copied) to a worker. */
      bytes: Uint8Array;
      mode?: string;
      added?: boolean;
      origin: Origin;
    };

export interface JobResult {
  findings: Finding[];
  skipped: Skip[];
  /** Characters of text scanned (the same measure runScan counts for targets). */
  scanned: number;
  /** False when there was nothing to scan (a FIFO, a file gone or unreadable): not counted as a file scanned. */
  loaded: boolean;
}

/** The target a job stands for; undefined when there is nothing to scan (recorded in skipped). */
export function loadJob(job: Job, skipped: Skip[]): Target | undefined {
  if (job.kind === 'text') {
    return { path: job.path, size: job.content.length, content: job.content, lineMap: job.lineMap, contextLines: job.contextLines, mode: job.mode, added: job.added, origin: job.origin };
  }
  if (job.kind === 'file') {
    const abs = typeof job.abs === 'string' ? job.abs : Buffer.from(job.abs.buffer, job.abs.byteOffset, job.abs.byteLength);
    const t = readTarget(abs, job.path, skipped, { skipUnreadable: job.skipUnreadable, lfs: job.lfs });
    return t && { ...t, mode: job.mode, origin: job.origin };
  }
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const decoded = decodeBytes(bytes, true);
  if (decoded.binary) skipped.push({ path: job.path, reason: 'binary' });
  return {
    path: job.path, size: bytes.length, mode: job.mode, added: job.added, origin: job.origin,
    content: decoded.content, utf8: decoded.utf8, binary: decoded.binary, head: decoded.head,
  };
}

export function runJob(job: Job, engine: Engine): JobResult {
  const skipped: Skip[] = [];
  const target = loadJob(job, skipped);
  if (!target) return { findings: [], skipped, scanned: 0, loaded: false };
  return { findings: engine.scan(target), skipped, scanned: scannedSize(target), loaded: true };
}

/** Bytes a job will cost, for deciding when a scan is big enough for worker threads. */
export function jobWeight(job: Job): number {
  if (job.kind === 'bytes') return job.bytes.byteLength;
  if (job.kind === 'text') return job.content.length;
  return job.size ?? 4096;
}

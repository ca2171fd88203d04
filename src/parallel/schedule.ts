// Runs a stream of jobs on one thread or many. A scan starts on the main thread, and starts
// worker threads only once it has proved both big (INLINE_BYTES of work) and bound by scanning
// rather than by its producer: a hook scanning a handful of files never pays for workers, and
// neither does a history scan waiting on `git log` (measured: docs/performance.md). Results
// come back with their sequence number; the caller restores input order, so output never
// depends on thread timing.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../engine/engine.ts';
import { UsageError } from '../errors.ts';
import { jobWeight, runJob, type Job } from './job.ts';
import { WorkerPool, type ResultHandler } from './pool.ts';
import { specFor } from './spec.ts';
import { nowMs } from '../clock.ts';

export const INLINE_BYTES = 4 * 1024 * 1024;
/** Share of wall time the main thread spends scanning above which more threads would help. */
const BUSY_SHARE = 0.6;
const BATCH_BYTES = 512 * 1024;
/** Opening and reading a file costs about as much as scanning a couple of KB of it. */
const JOB_OVERHEAD = 2048;
const BATCH_JOBS = 256;

/** Threads to use: SCAN_SECRETS_THREADS when set (1 = never start workers), else every core. */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SCAN_SECRETS_THREADS;
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`SCAN_SECRETS_THREADS must be a whole number of threads (1 or more), not "${raw}"`);
  return n;
}

/** The bundled worker beside this module; absent when running from TypeScript sources. */
function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Work to do on the main thread before workers may start. SCAN_SECRETS_INLINE_BYTES=0 starts
 * them at once (tests and benchmarks use it to exercise the worker path on small inputs).
 */
function inlineBudget(env: NodeJS.ProcessEnv = process.env): { bytes: number; always: boolean } {
  const raw = env.SCAN_SECRETS_INLINE_BYTES;
  if (raw === undefined || raw === '') return { bytes: INLINE_BYTES, always: false };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`SCAN_SECRETS_INLINE_BYTES must be a whole number of bytes, not "${raw}"`);
  return { bytes: n, always: n === 0 };
}

/**
 * Returns how many threads scanned (1 when the scan stayed on the main thread). expectedBytes
 * is asked once the first job is in hand: a source that has sized its work by then (the files
 * it listed) and found it big gets its workers at once, not after the inline budget.
 */
export async function runJobs(
  jobs: AsyncIterable<Job>,
  engine: Engine,
  onResult: ResultHandler,
  threads = threadCount(),
  expectedBytes: () => number | undefined = () => undefined,
): Promise<number> {
  const budget = inlineBudget();
  const spec = threads > 1 ? specFor(engine) : undefined;
  const url = spec ? workerUrl() : undefined;
  let pool: WorkerPool | undefined;
  let seq = 0;
  let inlineWeight = 0;
  let batch: Job[] = [];
  let seqs: number[] = [];
  let batchWeight = 0;
  let yielded = nowMs();
  // The clock starts at the first job: a source's own set-up (listing files) is not waiting.
  let started = 0;
  let busy = 0;
  try {
    for await (const job of jobs) {
      const s = seq++;
      if (s === 0) started = nowMs();
      if (!pool && s === 0 && spec && url && (expectedBytes() ?? 0) >= 2 * budget.bytes && !budget.always) {
        pool = new WorkerPool(threads, url, spec, onResult, engine.options.stats);
      }
      if (!pool) {
        const small = inlineWeight < budget.bytes || (!budget.always && busy < BUSY_SHARE * (nowMs() - started));
        if (!spec || !url || small) {
          const t0 = nowMs();
          const result = runJob(job, engine);
          busy += nowMs() - t0;
          // What the job really cost (a file's size is not always known before reading it).
          inlineWeight += result.scanned + JOB_OVERHEAD;
          onResult(s, job, result);
          // Reading files synchronously never yields: let timers and I/O (a progress bar,
          // git's pipes) run now and then.
          if (nowMs() - yielded > 25) {
            await new Promise((resolve) => setImmediate(resolve));
            yielded = nowMs();
          }
          continue;
        }
        pool = new WorkerPool(threads, url, spec, onResult, engine.options.stats);
      }
      batch.push(job);
      seqs.push(s);
      batchWeight += jobWeight(job);
      if (batch.length >= BATCH_JOBS || batchWeight >= BATCH_BYTES) {
        const b = batch;
        const q = seqs;
        batch = [];
        seqs = [];
        batchWeight = 0;
        await pool.dispatch(b, q);
      }
    }
    if (pool && batch.length) await pool.dispatch(batch, seqs);
    await pool?.drain();
  } finally {
    await pool?.close();
  }
  return pool ? pool.size : 1;
}

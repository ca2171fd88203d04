// Runs a stream of jobs on one thread or many. A scan starts on the main thread; only once it
// has proved big (INLINE_BYTES or INLINE_JOBS of work) does it start worker threads, so a hook
// scanning a handful of files never pays for them. Results come back with their sequence
// number: the caller restores input order, so output never depends on thread timing.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../engine/engine.ts';
import { UsageError } from '../errors.ts';
import { jobWeight, runJob, type Job } from './job.ts';
import { WorkerPool, type ResultHandler } from './pool.ts';
import { specFor } from './spec.ts';

export const INLINE_BYTES = 4 * 1024 * 1024;
export const INLINE_JOBS = 2000;
const BATCH_BYTES = 512 * 1024;
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

/** Returns how many threads scanned (1 when the scan stayed on the main thread). */
export async function runJobs(jobs: AsyncIterable<Job>, engine: Engine, onResult: ResultHandler, threads = threadCount()): Promise<number> {
  const spec = threads > 1 ? specFor(engine) : undefined;
  const url = spec ? workerUrl() : undefined;
  let pool: WorkerPool | undefined;
  let seq = 0;
  let inlineWeight = 0;
  let batch: Job[] = [];
  let seqs: number[] = [];
  let batchWeight = 0;
  let yielded = performance.now();
  try {
    for await (const job of jobs) {
      const s = seq++;
      if (!pool) {
        if (!spec || !url || (inlineWeight < INLINE_BYTES && s < INLINE_JOBS)) {
          inlineWeight += jobWeight(job);
          onResult(s, job, runJob(job, engine));
          // Reading files synchronously never yields: let timers and I/O (a progress bar,
          // git's pipes) run now and then.
          if (performance.now() - yielded > 25) {
            await new Promise((resolve) => setImmediate(resolve));
            yielded = performance.now();
          }
          continue;
        }
        pool = new WorkerPool(threads, url, spec, onResult);
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

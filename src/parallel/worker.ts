// Worker thread entry (bundled to dist/worker.js): builds the engine once from the spec it is
// started with, then scans batches of jobs until the pool terminates it.

import { parentPort, workerData } from 'node:worker_threads';
import { ScanError } from '../errors.ts';
import { runJob } from './job.ts';
import type { BatchMessage, ReplyMessage } from './pool.ts';
import { engineFromSpec, type EngineSpec } from './spec.ts';

const engine = engineFromSpec(workerData as EngineSpec);
const port = parentPort!;
// --debug: this thread's rule statistics go back with each batch, counted from zero.
const stats = engine.options.stats;
stats?.clear();

port.on('message', (msg: BatchMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id: msg.id, results: msg.jobs.map((job) => runJob(job, engine)) };
    if (stats?.size) {
      reply.stats = [...stats];
      stats.clear();
    }
  } catch (e) {
    const err = e as Error;
    reply = { id: msg.id, error: { message: err?.message ?? String(e), scan: e instanceof ScanError, stack: err?.stack } };
  }
  port.postMessage(reply);
});

// A fixed set of worker threads, each building its own engine from an EngineSpec. Jobs go in
// batches (one message carries many small files) and each worker holds at most MAX_INFLIGHT
// batches, so a fast producer waits instead of queueing the whole repository in memory.

import { Worker } from 'node:worker_threads';
import { ScanError } from '../errors.ts';
import { mergeRuleStats, type RuleStat, type RuleStats } from '../engine/stats.ts';
import type { Job, JobResult } from './job.ts';
import type { EngineSpec } from './spec.ts';

const MAX_INFLIGHT = 2;

export type ResultHandler = (seq: number, job: Job, result: JobResult) => void;

export interface BatchMessage {
  id: number;
  jobs: Job[];
}

export type ReplyMessage =
  | { id: number; results: JobResult[]; stats?: [string, RuleStat][] }
  | { id: number; error: { message: string; scan: boolean; stack?: string } };

interface Slot {
  worker: Worker;
  inflight: number;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, { slot: Slot; jobs: Job[]; seqs: number[] }>();
  private waiters: (() => void)[] = [];
  private failure?: Error;
  private closing = false;
  private nextId = 0;

  /** stats: where the workers' rule statistics go (--debug), when the engine keeps them. */
  constructor(size: number, url: URL, spec: EngineSpec, private readonly onResult: ResultHandler, private readonly stats?: RuleStats) {
    this.slots = Array.from({ length: size }, () => {
      const worker = new Worker(url, { workerData: spec });
      const slot: Slot = { worker, inflight: 0 };
      worker.on('message', (msg: ReplyMessage) => this.receive(slot, msg));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Sends a batch to the least busy worker, waiting while every worker is full. */
  async dispatch(jobs: Job[], seqs: number[]): Promise<void> {
    let slot: Slot | undefined;
    for (;;) {
      if (this.failure) throw this.failure;
      slot = this.slots.reduce<Slot | undefined>((best, s) => (s.inflight < MAX_INFLIGHT && (!best || s.inflight < best.inflight) ? s : best), undefined);
      if (slot) break;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    const id = this.nextId++;
    slot.inflight++;
    this.pending.set(id, { slot, jobs, seqs });
    const transfer: ArrayBuffer[] = [];
    for (const j of jobs) {
      // Only a buffer the job owns whole may move; a view into a shared one is copied.
      if (j.kind === 'bytes' && j.bytes.byteOffset === 0 && j.bytes.byteLength === j.bytes.buffer.byteLength && j.bytes.buffer instanceof ArrayBuffer) {
        transfer.push(j.bytes.buffer);
      }
    }
    slot.worker.postMessage({ id, jobs } satisfies BatchMessage, transfer);
  }

  /** Resolves when every batch sent has come back. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private receive(slot: Slot, msg: ReplyMessage): void {
    const sent = this.pending.get(msg.id);
    if (!sent) return;
    this.pending.delete(msg.id);
    slot.inflight--;
    if ('error' in msg) {
      const e = msg.error.scan ? new ScanError(msg.error.message) : new Error(msg.error.message);
      if (msg.error.stack && !msg.error.scan) e.stack = msg.error.stack;
      this.fail(e);
      return;
    }
    if (msg.stats && this.stats) mergeRuleStats(this.stats, msg.stats);
    try {
      msg.results.forEach((r, i) => this.onResult(sent.seqs[i], sent.jobs[i], r));
    } catch (e) {
      this.fail(e as Error);
      return;
    }
    this.wake();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }
}

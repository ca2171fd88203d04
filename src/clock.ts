// Milliseconds on a monotonic clock, for durations. Not performance.now(): the first use of the
// global `performance` loads perf_hooks and nine internal modules of Node's, about 2.5 ms of a
// hook's start on the development machine (docs/performance.md).
export function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

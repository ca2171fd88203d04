// The bar itself (cli-progress), loaded only once a scan has run long enough to need it.
import cliProgress from 'cli-progress';
import type { BarHandle, ProgressState } from './progress.ts';

export function startBar(stream: NodeJS.WriteStream): BarHandle {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'scanning {bar} {value}/{total}{more} {unit} | {mb} MB | {rate} MB/s | ETA {eta_formatted}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(s: ProgressState) {
      const total = Math.max(s.totals.total ?? s.items, s.items, 1);
      const payload = {
        unit: s.totals.unit,
        more: s.totals.final || s.totals.total === undefined ? '' : '+',
        mb: (s.bytes / 1048576).toFixed(1),
        rate: s.elapsedMs > 0 ? (s.bytes / 1048576 / (s.elapsedMs / 1000)).toFixed(1) : '0',
      };
      if (!begun) {
        bar.start(total, s.items, payload);
        begun = true;
      } else {
        bar.setTotal(total);
        bar.update(s.items, payload);
      }
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}

/**
 * Sync progress on the terminal: a live bar on a TTY, plain log lines (one per phase change and at
 * most one every few seconds) when the output is a file or a pipe, so CI logs stay readable.
 */
import { SingleBar } from 'cli-progress';
import type { SyncProgress } from '../../shared/sync';
import { formatCount } from '../../shared/format';

export interface ProgressDisplay {
  update(progress: SyncProgress): void;
  stop(): void;
}

function describe(progress: SyncProgress): string {
  const parts = [
    progress.phase,
    `${formatCount(progress.records)} records`,
    `${formatCount(progress.recordsPerSecond)}/s`,
  ];
  if (progress.periodReached !== null) parts.push(`reached ${progress.periodReached}`);
  if (progress.retries > 0) parts.push(`${progress.retries} retries`);
  if (progress.etaSeconds !== null) parts.push(`ETA ${progress.etaSeconds}s`);
  return parts.join(' · ');
}

export function createProgressDisplay(
  stream: NodeJS.WriteStream = process.stderr,
  logEveryMs = 5000,
): ProgressDisplay {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: 'sync [{bar}] {status}', stream, hideCursor: true, clearOnComplete: true },
      undefined,
    );
    let started = false;
    return {
      update(progress) {
        // The bar measures pages of the current phase; the text carries the real figures.
        if (!started) {
          bar.start(1, 0, { status: describe(progress) });
          started = true;
        }
        bar.update(progress.phase === 'done' ? 1 : 0.5, { status: describe(progress) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastPhase = '';
  let lastLogMs = 0;
  return {
    update(progress) {
      if (progress.phase === lastPhase && progress.elapsedMs - lastLogMs < logEveryMs) return;
      lastPhase = progress.phase;
      lastLogMs = progress.elapsedMs;
      stream.write(`sync: ${describe(progress)}\n`);
    },
    stop() {},
  };
}

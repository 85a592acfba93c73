/**
 * Export progress on the terminal: a bar with the row count on a TTY, nothing otherwise (the one
 * line printed at the end says what was written), so pipes and CI logs stay clean.
 */
import { SingleBar } from 'cli-progress';
import type { ReportProgress } from '../../shared/reports';

export interface ExportProgressDisplay {
  readonly update: (progress: ReportProgress) => void;
  stop(): void;
}

export function createExportProgress(stream: NodeJS.WriteStream = process.stderr): ExportProgressDisplay {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      format: 'report [{bar}] {percentage}% {value}/{total} {phase}',
      stream,
      hideCursor: true,
      clearOnComplete: true,
    },
    undefined,
  );
  let started = false;
  return {
    update(progress) {
      const total = progress.total ?? Math.max(progress.done, 1);
      if (!started) {
        bar.start(total, progress.done, { phase: progress.phase });
        started = true;
      }
      bar.setTotal(total);
      bar.update(progress.done, { phase: progress.phase });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

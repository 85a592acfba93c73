/**
 * A progress bar for generating a simulator data set: cli-progress on a TTY, nothing otherwise
 * (CI logs and pipes get only the final summary line).
 */
import { SingleBar } from 'cli-progress';

export interface GenerationProgress {
  readonly onProgress: (done: number, total: number) => void;
  stop(): void;
}

export function createGenerationProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): GenerationProgress {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% · {value}/{total} clean records · ETA {eta_formatted}`,
      stream,
      hideCursor: true,
      clearOnComplete: true,
    },
    undefined,
  );
  let started = false;
  return {
    onProgress(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

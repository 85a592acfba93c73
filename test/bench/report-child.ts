/**
 * One `cashflow report` in a process of its own, for the reports benchmark: runs the CLI with the
 * arguments given and prints one JSON line with the time the command took (modules already
 * loaded) and the process's peak RSS as the kernel counts it (getrusage max RSS: an exact peak).
 * `--idle` loads the same modules and reports only, as the baseline RSS; `--repeat N` first runs
 * the command N times in this process and reports each time (the first loads the PDF modules).
 */
import { main as cli } from '../../electron/cli/main';

export async function main(all: readonly string[]): Promise<void> {
  const repeat = all[0] === '--repeat' ? Number(all[1]) : 1;
  const args = all[0] === '--repeat' ? all.slice(2) : all;
  const idle = args[0] === '--idle';
  // Sampled while the command waits on the disk: where a peak comes from (V8 heap or elsewhere).
  let heapMb = 0;
  const sampler = setInterval(() => {
    heapMb = Math.max(heapMb, process.memoryUsage().heapTotal / 1048576);
  }, 50);
  const times: number[] = [];
  for (let round = 0; round < repeat; round += 1) {
    const started = performance.now();
    if (!idle) await cli(args);
    times.push(performance.now() - started);
  }
  const wallMs = times[0] ?? 0;
  clearInterval(sampler);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ wallMs, times, peakMb, heapMb, exitCode: process.exitCode ?? 0 })}\n`,
  );
}

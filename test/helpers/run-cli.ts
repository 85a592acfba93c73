/** Runs the `cashflow` CLI in-process, capturing what it prints and the exit code it sets. */
import { vi } from 'vitest';
import { main } from '../../electron/cli/main';

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Read in its own function: TypeScript would otherwise keep the narrowing of the reset below. */
function exitCodeNow(): number {
  return Number(process.exitCode ?? 0);
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(args);
    return { stdout, stderr, code: exitCodeNow() };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = previous;
  }
}

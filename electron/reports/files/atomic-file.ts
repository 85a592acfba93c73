/**
 * Writing a report so that a reader never sees half of it: the content goes to a temporary file in
 * the target's folder, which becomes the target only once complete (a rename within one folder is
 * atomic). Any failure, a cancel included, removes the temporary file. An existing target is kept
 * unless overwriting was asked for; without it the final step is a hard link, which fails rather
 * than replace a file that appeared meanwhile.
 */
import {
  createWriteStream,
  existsSync,
  linkSync,
  renameSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { AppFailure } from '../../../shared/result';

export interface AtomicWriteOptions {
  /** Replace an existing file (the CLI's --force, or the OS save dialog's confirmation). */
  readonly overwrite: boolean;
  /** Opens the temporary file; tests hand in one that fails like a full disk. */
  readonly open?: (path: string) => WriteStream;
}

export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

let sequence = 0;

/** One sentence for a failed write, from the system's error code. */
export function writeFailure(path: string, cause: unknown): AppFailure {
  if (cause instanceof AppFailure) return cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const reasons: Record<string, string> = {
    ENOSPC: `The disk is full, so ${path} was not written.`,
    EDQUOT: `The disk quota is used up, so ${path} was not written.`,
    EACCES: `There is no permission to write ${path}.`,
    EPERM: `There is no permission to write ${path}.`,
    EROFS: `${path} is on a read-only disk.`,
    ENOENT: `The folder ${dirname(path)} does not exist.`,
    ENOTDIR: `The folder ${dirname(path)} does not exist.`,
    EISDIR: `${path} is a folder, not a file.`,
  };
  const message =
    reasons[code] ??
    `${path} could not be written (${cause instanceof Error ? cause.message : String(cause)}).`;
  return new AppFailure('write-failed', message, { cause });
}

function checkTarget(path: string, overwrite: boolean): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) throw new AppFailure('write-failed', `${path} is a folder, not a file.`);
  if (!overwrite) {
    throw new AppFailure(
      'file-exists',
      `${path} already exists; choose another name or pass --force to replace it.`,
    );
  }
}

/**
 * Runs `produce` on a stream into a temporary file and moves the result to `target`. `produce`
 * writes and may throw; it must not end the stream.
 */
export async function writeAtomically(
  target: string,
  produce: (stream: WriteStream) => Promise<void>,
  options: AtomicWriteOptions,
): Promise<WrittenFile> {
  const path = resolve(target);
  checkTarget(path, options.overwrite);
  sequence += 1;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${sequence}.partial`);
  const open = options.open ?? ((file: string) => createWriteStream(file, { flags: 'wx' }));
  let stream: WriteStream | null = null;
  try {
    const opened = open(temporary);
    stream = opened;
    // Errors arrive as events; from here on any of them fails the write.
    const failed = new Promise<never>((_, reject) => {
      opened.once('error', reject);
    });
    failed.catch(() => undefined);
    // The file exists once it is open: only then can a failure be sure to remove it.
    await Promise.race([once(opened, 'ready'), failed]);
    await Promise.race([produce(opened), failed]);
    opened.end();
    await Promise.race([finished(opened), failed]);
    const bytes = statSync(temporary).size;
    if (options.overwrite) renameSync(temporary, path);
    else moveWithoutReplacing(temporary, path);
    return { path, bytes };
  } catch (cause) {
    await discard(stream, temporary);
    if (!options.overwrite && isCode(cause, 'EEXIST')) checkTarget(path, false);
    throw writeFailure(path, cause);
  }
}

/** Closes a failed stream, then removes its file (Windows cannot remove a file that is open). */
async function discard(stream: WriteStream | null, temporary: string): Promise<void> {
  if (stream !== null && !stream.closed) {
    const closed = once(stream, 'close').catch(() => undefined);
    stream.destroy();
    await closed;
  }
  rmSync(temporary, { force: true });
}

/**
 * A hard link cannot replace an existing file, so it is the race-free "create only"; file systems
 * without hard links (FAT-formatted USB sticks) fall back to a checked rename.
 */
function moveWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
    rmSync(temporary, { force: true });
  } catch (cause) {
    if (isCode(cause, 'EEXIST') || existsSync(path)) throw cause;
    renameSync(temporary, path);
  }
}

function isCode(cause: unknown, code: string): boolean {
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === code;
}

/** Waits until the stream has room again: how a producer keeps memory flat on a slow disk. */
export function drained(stream: WriteStream): Promise<void> {
  return new Promise((resolveDrain, reject) => {
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    const onDrain = () => {
      stream.off('error', onError);
      resolveDrain();
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

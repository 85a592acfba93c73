import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../electron/reports/files/atomic-file';
import { AppFailure } from '../../../shared/result';

let directory = '';

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cashflow-atomic-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise;
  } catch (cause) {
    if (cause instanceof AppFailure) return cause;
    throw cause;
  }
  throw new Error('expected a failure');
}

const hello = (stream: WriteStream) => {
  stream.write('hello');
  return Promise.resolve();
};

describe('writing a report file', () => {
  it('writes the content and leaves no temporary file behind', async () => {
    const target = join(directory, 'report.csv');
    const written = await writeAtomically(target, hello, { overwrite: false });
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(written.bytes).toBe(5);
    expect(readdirSync(directory)).toEqual(['report.csv']);
  });

  it('keeps an existing file unless overwriting was asked for', async () => {
    const target = join(directory, 'report.csv');
    writeFileSync(target, 'old');
    const failure = await failureOf(writeAtomically(target, hello, { overwrite: false }));
    expect(failure.code).toBe('file-exists');
    expect(failure.message).toMatch(/already exists.*--force/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    await writeAtomically(target, hello, { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('hello');
  });

  it('says in one sentence that a folder does not exist', async () => {
    const failure = await failureOf(
      writeAtomically(join(directory, 'missing', 'r.pdf'), hello, { overwrite: false }),
    );
    expect(failure.code).toBe('write-failed');
    expect(failure.message).toBe(`The folder ${join(directory, 'missing')} does not exist.`);
  });

  it('removes the partial file when the disk fills up mid-write', async () => {
    const target = join(directory, 'big.csv');
    const failure = await failureOf(
      writeAtomically(
        target,
        async (stream) => {
          stream.write('some rows');
          await new Promise((resolve) => setTimeout(resolve, 5));
          stream.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
          await new Promise((resolve) => setTimeout(resolve, 5));
        },
        { overwrite: false, open: (path) => createWriteStream(path, { flags: 'wx' }) },
      ),
    );
    expect(failure.code).toBe('write-failed');
    expect(failure.message).toBe(`The disk is full, so ${target} was not written.`);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('removes the partial file when the producer fails, and keeps its reason', async () => {
    const target = join(directory, 'r.pdf');
    const failure = await failureOf(
      writeAtomically(
        target,
        (stream) => {
          stream.write('half');
          return Promise.reject(new AppFailure('cancelled', 'The export was cancelled.'));
        },
        { overwrite: false },
      ),
    );
    expect(failure.code).toBe('cancelled');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(directory)).toEqual([]);
  });
});

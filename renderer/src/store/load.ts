/** The state of one thing the renderer asks the main process for, and the one way to ask. */
import type { AppError, Result } from '../../../shared/result';

export type Load<T> =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: AppError };

export const idle: Load<never> = { status: 'idle' };
export const loading: Load<never> = { status: 'loading' };

/** Turns a contract answer into a Load; a transport that throws becomes a failed load, never a crash. */
export async function settle<T>(answer: Promise<Result<T>>): Promise<Load<T>> {
  try {
    const result = await answer;
    return result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return {
      status: 'failed',
      error: { code: 'internal', message: `The app could not reach its services: ${message}` },
    };
  }
}

export function valueOf<T>(load: Load<T>): T | null {
  return load.status === 'ready' ? load.value : null;
}

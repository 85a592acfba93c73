/**
 * Keeps the generator's JS heap small. Generation allocates a day of short-lived records at a time;
 * V8 promotes some of them and lets the old generation grow by heuristics that vary with machine
 * load (peaks from 320 to 540 MB were measured for `large`). A full collection every few weeks of
 * data (a few tens of ms each, the live heap is small) makes the peak predictable. Node has no
 * public GC call, so this enables V8's `gc` for a fresh context; without it, nothing happens.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

function obtain(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void (gc as () => unknown)() : null;
  } catch {
    return null;
  }
}

export function collectGarbage(): void {
  collect ??= obtain();
  collect?.();
}

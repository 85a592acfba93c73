/**
 * The main window's size and position, remembered between launches in a small JSON file in the
 * user-data folder. A file that is missing, unreadable or from another screen layout gives the
 * default size, centred: a window must never open off-screen.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

export const defaultWindowSize = { width: 1360, height: 860 } as const;
export const minimumWindowSize = { width: 960, height: 600 } as const;

const pixels = z.number().int().min(-100_000).max(100_000);
const storedState = z.object({
  bounds: z.object({
    x: pixels,
    y: pixels,
    width: z.number().int().min(minimumWindowSize.width).max(100_000),
    height: z.number().int().min(minimumWindowSize.height).max(100_000),
  }),
  maximized: z.boolean(),
});

/** The remembered state, or null when there is none worth using. */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = storedState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written beside and renamed, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
  renameSync(temporary, file);
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The bounds to open with: the remembered ones when at least half of the window lies on one of
 * today's displays (work areas), else none, and the window opens centred at the default size.
 */
export function restorableBounds(
  state: WindowState | null,
  displays: readonly Rectangle[],
): Rectangle | null {
  if (state === null) return null;
  const area = state.bounds.width * state.bounds.height;
  return displays.some((display) => overlap(display, state.bounds) * 2 >= area) ? state.bounds : null;
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWindowState, restorableBounds, writeWindowState } from '../../../electron/main/window-state';

const dirs: string[] = [];
function file(): string {
  const dir = mkdtempSync(join(tmpdir(), 'window-state-'));
  dirs.push(dir);
  return join(dir, 'window-state.json');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('remembered window bounds', () => {
  it('reads back what it wrote', () => {
    const path = file();
    const state = { bounds: { x: 40, y: 30, width: 1200, height: 800 }, maximized: true };
    writeWindowState(path, state);
    expect(readWindowState(path)).toEqual(state);
  });

  it('ignores a missing, garbled or implausible file', () => {
    const path = file();
    expect(readWindowState(path)).toBeNull();
    writeFileSync(path, '{"bounds":');
    expect(readWindowState(path)).toBeNull();
    writeFileSync(path, JSON.stringify({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }));
    expect(readWindowState(path)).toBeNull();
    expect(readFileSync(path, 'utf8')).toContain('"width":10');
  });

  it('restores bounds that lie mostly on a display, and not those of a screen that is gone', () => {
    const onScreen = { bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: false };
    const offScreen = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restorableBounds(onScreen, screen)).toEqual(onScreen.bounds);
    expect(restorableBounds(offScreen, screen)).toBeNull();
    expect(restorableBounds(null, screen)).toBeNull();
  });
});

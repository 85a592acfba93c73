import { describe, expect, it } from 'vitest';
import { chooseRendererTarget, isTargetUrl } from '../../../electron/main/renderer-target';

const file = '/opt/Cashflow Monitor/resources/app.asar/out/renderer/index.html';

describe('what the window loads', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(chooseRendererTarget(true, 'http://localhost:5173/', file)).toEqual({ kind: 'file', file });
  });

  it('uses the dev server in development only when it is on this machine', () => {
    expect(chooseRendererTarget(false, 'http://localhost:5173/', file)).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
    expect(chooseRendererTarget(false, 'https://evil.example/', file)).toEqual({ kind: 'file', file });
  });

  it('allows navigation to exactly our renderer file, not another index.html on disk', () => {
    const target = chooseRendererTarget(true, undefined, file);
    expect(
      isTargetUrl(target, 'file:///opt/Cashflow%20Monitor/resources/app.asar/out/renderer/index.html#/x'),
    ).toBe(true);
    expect(isTargetUrl(target, 'file:///tmp/renderer/index.html')).toBe(false);
    expect(isTargetUrl(target, 'https://example.org/')).toBe(false);
    expect(isTargetUrl(target, 'not a url')).toBe(false);
  });

  it('allows the dev server origin only', () => {
    const target = chooseRendererTarget(false, 'http://localhost:5173/', file);
    expect(isTargetUrl(target, 'http://localhost:5173/company/1')).toBe(true);
    expect(isTargetUrl(target, 'http://localhost:5174/')).toBe(false);
  });
});

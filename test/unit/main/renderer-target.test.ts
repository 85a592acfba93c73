import { describe, expect, it } from 'vitest';
import { chooseRendererTarget, isTargetUrl } from '../../../electron/main/renderer-target';

describe('what the window loads', () => {
  it("loads the app's own scheme and ignores ELECTRON_RENDERER_URL in a packaged app", () => {
    expect(chooseRendererTarget(true, 'http://localhost:5173/')).toEqual({
      kind: 'app',
      url: 'app://cashflow/index.html',
    });
  });

  it('uses the dev server in development only when it is on this machine', () => {
    expect(chooseRendererTarget(false, 'http://localhost:5173/')).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
    expect(chooseRendererTarget(false, 'https://evil.example/')).toMatchObject({ kind: 'app' });
  });

  it('allows navigation within our own scheme and host only, never to a file or a site', () => {
    const target = chooseRendererTarget(true, undefined);
    expect(isTargetUrl(target, 'app://cashflow/index.html#/company/1')).toBe(true);
    expect(isTargetUrl(target, 'app://elsewhere/index.html')).toBe(false);
    expect(isTargetUrl(target, 'file:///tmp/renderer/index.html')).toBe(false);
    expect(isTargetUrl(target, 'https://example.org/')).toBe(false);
    expect(isTargetUrl(target, 'not a url')).toBe(false);
  });

  it('allows the dev server origin only', () => {
    const target = chooseRendererTarget(false, 'http://localhost:5173/');
    expect(isTargetUrl(target, 'http://localhost:5173/company/1')).toBe(true);
    expect(isTargetUrl(target, 'http://localhost:5174/')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { session } from 'electron';
import {
  applyContentSecurityPolicy,
  contentSecurityPolicy,
  lockNavigation,
  secureWebPreferences,
} from '../../../electron/main/security';
import { FakeWebContents } from '../../helpers/fake-electron';

type FakeSession = typeof import('../../helpers/fake-electron').session.defaultSession;

describe('desktop shell security', () => {
  it('isolates and sandboxes the renderer without Node integration', () => {
    const preferences = secureWebPreferences('/app/preload/index.cjs');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/preload/index.cjs',
    });
  });

  it('sends a strict CSP that allows no remote or inline scripts', () => {
    const fake = session.defaultSession as unknown as FakeSession;
    applyContentSecurityPolicy(session.defaultSession);
    let headers: Record<string, string[]> = {};
    fake.headerListener?.({ responseHeaders: { 'x-other': ['1'] } }, (response) => {
      headers = (response as { responseHeaders: Record<string, string[]> }).responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(headers['x-other']).toEqual(['1']);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:/);
  });

  it('denies every permission request', () => {
    const fake = session.defaultSession as unknown as FakeSession;
    applyContentSecurityPolicy(session.defaultSession);
    let granted: boolean | undefined;
    fake.permissionHandler?.(null, 'media', (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.(null, 'media')).toBe(false);
  });

  it('blocks navigation away from the app and every new window', () => {
    const contents = new FakeWebContents();
    lockNavigation(contents as never, (url) => url.startsWith('file:///app/'));
    const outside = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    const inside = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    contents.emit('will-navigate', outside, 'https://example.com/');
    contents.emit('will-navigate', inside, 'file:///app/renderer/index.html');
    expect(outside.prevented).toBe(true);
    expect(inside.prevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

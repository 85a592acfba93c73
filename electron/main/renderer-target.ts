/**
 * What the window loads: the built renderer through the app's own scheme (app-protocol.ts), or, in
 * development only, electron-vite's dev server on this machine. A packaged app ignores
 * ELECTRON_RENDERER_URL, so an environment variable can never point the installed app at someone
 * else's page. Navigation is allowed to exactly that target.
 */
import { appHost, appPageUrl, appScheme } from './app-protocol';

export type RendererTarget =
  { readonly kind: 'dev-server'; readonly url: string } | { readonly kind: 'app'; readonly url: string };

export function chooseRendererTarget(isPackaged: boolean, devServerUrl: string | undefined): RendererTarget {
  if (
    !isPackaged &&
    devServerUrl !== undefined &&
    /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(devServerUrl)
  )
    return { kind: 'dev-server', url: devServerUrl };
  return { kind: 'app', url: appPageUrl };
}

/** True for a page of the target (any path, hash or query on its origin): never another site. */
export function isTargetUrl(target: RendererTarget, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (target.kind === 'dev-server') return parsed.origin === new URL(target.url).origin;
  // Custom schemes have no origin in the URL standard's terms; scheme and host name ours.
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

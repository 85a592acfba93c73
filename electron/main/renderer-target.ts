/**
 * What the window loads: the built renderer file, or, in development only, electron-vite's dev
 * server. A packaged app ignores ELECTRON_RENDERER_URL, so an environment variable can never point
 * the installed app at someone else's page. Navigation is allowed to exactly that target.
 */
import { pathToFileURL } from 'node:url';

export type RendererTarget =
  { readonly kind: 'dev-server'; readonly url: string } | { readonly kind: 'file'; readonly file: string };

export function chooseRendererTarget(
  isPackaged: boolean,
  devServerUrl: string | undefined,
  rendererFile: string,
): RendererTarget {
  if (
    !isPackaged &&
    devServerUrl !== undefined &&
    /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(devServerUrl)
  )
    return { kind: 'dev-server', url: devServerUrl };
  return { kind: 'file', file: rendererFile };
}

/** True for the target itself (any hash or query on it): our own page, never another file or site. */
export function isTargetUrl(target: RendererTarget, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (target.kind === 'dev-server') return parsed.origin === new URL(target.url).origin;
  const own = pathToFileURL(target.file);
  return parsed.protocol === 'file:' && parsed.pathname === own.pathname && parsed.host === own.host;
}

/**
 * The renderer is served from the app's own scheme, `app://cashflow/…`, instead of `file://`: a page
 * on file:// may read other local files, a standard secure scheme is an origin of its own that the
 * CSP's 'self' and the navigation lock can name exactly. Only files inside the built renderer folder
 * are served; every response carries the Content-Security-Policy header.
 */
import { extname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from './security';

export const appScheme = 'app';
export const appHost = 'cashflow';
export const appPageUrl = `${appScheme}://${appHost}/index.html`;

/** Registered before the app is ready: a standard, secure scheme that can fetch, like https. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** The file a request names inside `rendererDir`, or null for another host or a path that leaves it. */
export function rendererFileFor(requestUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const file = resolve(rendererDir, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(rendererDir, file);
  return inside === '' || inside.startsWith('..') || inside.includes(`..${sep}`) ? null : file;
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Answers one request of the scheme; `fetchFile` reads a file URL (Electron's net.fetch, asar-aware). */
export async function serveAppRequest(
  request: Request,
  rendererDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): Promise<Response> {
  const file = rendererFileFor(request.url, rendererDir);
  if (file === null) return new Response('Not found', { status: 404 });
  const found = await fetchFile(pathToFileURL(file).href);
  if (!found.ok) return new Response('Not found', { status: 404 });
  const headers = new Headers({
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  });
  return new Response(found.body, { status: 200, headers });
}

/**
 * The source URL and credentials as the client uses them: checked once (http or https only), with
 * the credentials kept out of every message, and the Authorization header for bearer or basic auth.
 */
import { AppFailure } from '../../../shared/result';

export type SourceAuth = { readonly token: string } | { readonly user: string; readonly password: string };

export interface SourceOrigin {
  /** Prefix of every request URL: scheme, host and path, no trailing slash. */
  readonly base: string;
  /** The same without credentials, for messages. */
  readonly origin: string;
}

export function sourceOrigin(url: string): SourceOrigin {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new AppFailure('invalid-argument', `'${url}' is not a valid URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppFailure('invalid-argument', `'${url}' is not an http or https URL.`);
  }
  const base = `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  return { base, origin: base };
}

/** Credentials written into the URL (`http://user:pw@host`) count as basic auth when none are given. */
export function authFromUrl(url: string): SourceAuth | undefined {
  try {
    const parsed = new URL(url.trim());
    if (parsed.username === '') return undefined;
    return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
  } catch {
    return undefined;
  }
}

export function authHeader(auth: SourceAuth): string {
  if ('token' in auth) return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.user}:${auth.password}`, 'utf8').toString('base64')}`;
}

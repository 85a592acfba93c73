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
    throw new AppFailure('invalid-argument', `'${maskCredentials(url)}' is not a valid URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppFailure('invalid-argument', `'${maskCredentials(url)}' is not an http or https URL.`);
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

/** The URL as it may be shown or logged: any user name and password replaced by `***`. */
export function maskCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@');
}

/** The URL without the user name and password written into it. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1');
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Why a source URL must not be used as given, or null. A URL is stored and shown in clear, so it may
 * not carry credentials; and a secret sent over plain http can be read on the way, so http with a
 * secret is allowed only to this machine (the simulator, a local tunnel).
 */
export function sourceUrlProblem(url: string, sendsSecret: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `'${maskCredentials(url)}' is not a valid URL.`;
  }
  if (parsed.username !== '' || parsed.password !== '')
    return 'Put the user name and password in the credential fields, not in the URL: a URL is stored and shown in clear.';
  if (sendsSecret && parsed.protocol === 'http:' && !isLoopback(parsed.hostname))
    return `A token is never sent over plain http: use https for ${parsed.host}.`;
  return null;
}

/**
 * The secrets of `cashflow sync`, taken where no other user can read them: a token from a named
 * environment variable (`--token-env NAME`), a password from standard input (`--password-stdin`),
 * never from the command line, which `ps` and shell history show. Credentials written into the URL
 * are moved out of it, so the URL that is stored and printed never holds them.
 */
import { AppFailure } from '../../shared/result';
import {
  authFromUrl,
  maskCredentials,
  sourceUrlProblem,
  withoutCredentials,
  type SourceAuth,
} from '../sources/http/source-url';

export interface CredentialOptions {
  readonly source: string;
  readonly tokenEnv?: string;
  readonly user?: string;
  readonly passwordStdin?: boolean;
}

export interface SourceAccess {
  /** The URL without credentials: what is stored and printed. */
  readonly url: string;
  readonly auth?: SourceAuth;
}

function parseHttpUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppFailure(
      'invalid-argument',
      `--source must be an http(s) URL (got '${maskCredentials(text)}')`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppFailure(
      'invalid-argument',
      `--source must be an http(s) URL (got '${maskCredentials(text)}')`,
    );
  }
  return url.toString().replace(/\/$/, '');
}

export async function sourceAccess(
  options: CredentialOptions,
  env: NodeJS.ProcessEnv,
  readStdin: () => Promise<string>,
): Promise<SourceAccess> {
  const given = parseHttpUrl(options.source);
  const url = withoutCredentials(given);
  const inUrl = authFromUrl(given);
  if (options.passwordStdin === true && options.user === undefined)
    throw new AppFailure('invalid-argument', '--password-stdin goes with --user');
  if (options.user !== undefined && options.passwordStdin !== true)
    throw new AppFailure(
      'invalid-argument',
      '--user needs --password-stdin (the password is read from standard input)',
    );
  const named = [options.tokenEnv !== undefined, options.user !== undefined, inUrl !== undefined].filter(
    Boolean,
  );
  if (named.length > 1)
    throw new AppFailure(
      'invalid-argument',
      'give one kind of credentials: --token-env, --user, or a user in the URL',
    );

  let auth: SourceAuth | undefined = inUrl;
  if (options.tokenEnv !== undefined) {
    const token = env[options.tokenEnv];
    if (token === undefined || token.trim() === '')
      throw new AppFailure(
        'invalid-argument',
        `the environment variable ${options.tokenEnv} is not set or empty`,
      );
    auth = { token: token.trim() };
  }
  if (options.user !== undefined) {
    const password = (await readStdin()).split(/\r?\n/)[0] ?? '';
    if (password === '') throw new AppFailure('invalid-argument', 'no password on standard input');
    auth = { user: options.user, password };
  }
  const problem = sourceUrlProblem(url, auth !== undefined);
  if (problem !== null) throw new AppFailure('invalid-argument', problem);
  return auth === undefined ? { url } : { url, auth };
}

/** Standard input to its end, as text (a password piped in, or typed and ended with Ctrl-D). */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

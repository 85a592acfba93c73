import { describe, expect, it } from 'vitest';
import { integerOption } from '../../../electron/cli/output';
import { sourceAccess } from '../../../electron/cli/sync-credentials';
import { maskCredentials, sourceUrlProblem } from '../../../electron/sources/http/source-url';

const noStdin = () => Promise.reject(new Error('stdin must not be read'));

describe('the secrets of cashflow sync', () => {
  it('takes a token from the named environment variable, never from the command line', async () => {
    const access = await sourceAccess(
      { source: 'https://bank.example/cdm', tokenEnv: 'CDM_TOKEN' },
      { CDM_TOKEN: ' tok-42\n' },
      noStdin,
    );
    expect(access).toEqual({ url: 'https://bank.example/cdm', auth: { token: 'tok-42' } });
    await expect(
      sourceAccess({ source: 'https://bank.example', tokenEnv: 'CDM_TOKEN' }, {}, noStdin),
    ).rejects.toThrow('the environment variable CDM_TOKEN is not set or empty');
  });

  it('reads the password from standard input, only with --user', async () => {
    const access = await sourceAccess(
      { source: 'https://bank.example', user: 'ana', passwordStdin: true },
      {},
      () => Promise.resolve('s3cret\nignored'),
    );
    expect(access.auth).toEqual({ user: 'ana', password: 's3cret' });
    await expect(sourceAccess({ source: 'https://bank.example', user: 'ana' }, {}, noStdin)).rejects.toThrow(
      /--password-stdin/,
    );
  });

  it('moves credentials out of the URL, which is stored and printed without them', async () => {
    const access = await sourceAccess({ source: 'https://ana:s3cret@bank.example/cdm' }, {}, noStdin);
    expect(access).toEqual({ url: 'https://bank.example/cdm', auth: { user: 'ana', password: 's3cret' } });
  });

  it('refuses a secret over plain http except to this machine', async () => {
    await expect(
      sourceAccess({ source: 'http://bank.example', tokenEnv: 'T' }, { T: 'x' }, noStdin),
    ).rejects.toThrow('A token is never sent over plain http: use https for bank.example.');
    await expect(
      sourceAccess({ source: 'http://127.0.0.1:8080', tokenEnv: 'T' }, { T: 'x' }, noStdin),
    ).resolves.toMatchObject({ url: 'http://127.0.0.1:8080' });
    await expect(sourceAccess({ source: 'http://bank.example' }, {}, noStdin)).resolves.toEqual({
      url: 'http://bank.example',
    });
  });

  it('never repeats credentials in a message', async () => {
    await expect(sourceAccess({ source: 'ftp://ana:s3cret@bank.example' }, {}, noStdin)).rejects.toThrow(
      "--source must be an http(s) URL (got 'ftp://***@bank.example')",
    );
    expect(maskCredentials('https://ana:s3cret@bank.example/x')).toBe('https://***@bank.example/x');
  });

  it('refuses credentials in a URL the desktop app would store', () => {
    expect(sourceUrlProblem('https://ana:pw@bank.example', false)).toMatch(/not in the URL/);
    expect(sourceUrlProblem('https://bank.example', true)).toBeNull();
  });
});

describe('whole-number options', () => {
  it('reads plain digits only, and at least the minimum', () => {
    expect(integerOption('interval', '900', 60)).toBe(900);
    for (const text of ['', ' ', '0x10', '1e3', '2.0', '-1', '59'])
      expect(() => integerOption('interval', text, 60)).toThrow(
        /--interval must be a whole number of at least 60/,
      );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { readExposerFixture } from '../../helpers/fixtures';
import { AppFailure } from '../../../shared/result';
import { createSource } from '../../../electron/sources/create-source';
import type { CdmSource } from '../../../electron/sources/source';
import {
  closedPortUrl,
  json,
  startStubServer,
  text,
  type StubHandler,
  type StubServer,
} from '../../helpers/stub-http-server';

const fixture = readExposerFixture;

let server: StubServer | undefined;
let source: CdmSource | undefined;
afterEach(async () => {
  await source?.close();
  await server?.close();
  source = undefined;
  server = undefined;
});

async function serve(handler: StubHandler): Promise<string> {
  server = await startStubServer(handler);
  return server.url;
}

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  const outcome = await promise.then(
    () => new Error('expected a failure'),
    (cause: unknown) => cause,
  );
  if (!(outcome instanceof AppFailure)) throw outcome instanceof Error ? outcome : new Error(String(outcome));
  return outcome;
}

const noWait = { sleep: () => Promise.resolve() };

describe('dialect auto-detection', () => {
  it('detects the exposer from its pong at /ping', async () => {
    const url = await serve((r) => (r.pathname === '/ping' ? text(fixture('exposer-ping.json')) : undefined));
    source = await createSource({ url, ...noWait });
    expect(source.dialect).toBe('exposer');
    expect(server?.requests.map((r) => r.pathname)).toEqual(['/ping']);
  });

  it('detects cdm-api from its OpenAPI document when /ping is unknown', async () => {
    const url = await serve((r) =>
      r.pathname === '/apidocs.json' ? json({ openapi: '3.0.3', paths: {} }) : undefined,
    );
    source = await createSource({ url, ...noWait });
    expect(source.dialect).toBe('cdm-api');
    expect(server?.requests.map((r) => r.pathname)).toEqual(['/ping', '/apidocs.json']);
  });

  it('detects cdm-api from an exchange-rate array when there is no API document', async () => {
    const url = await serve((r) =>
      r.pathname === '/exchange-rates' ? json([{ currency: 'EUR', usd_rate: 1.08, eur_rate: 1 }]) : undefined,
    );
    source = await createSource({ url, ...noWait });
    expect(source.dialect).toBe('cdm-api');
  });

  it('uses the detected dialect for the data, over the same connection pool', async () => {
    const url = await serve((r) => {
      if (r.pathname === '/apidocs.json') return json({ openapi: '3.0.3' });
      if (r.pathname === '/transactions/sepa') return json([]);
      return undefined;
    });
    source = await createSource({ url, pageLimit: 100, ...noWait });
    expect(await source.nextPage('sepa', null)).toEqual({ records: [], cursor: null, endOfPass: true });
    expect(server?.requests.at(-1)?.path).toBe('/transactions/sepa?limit=100');
  });

  it('reports a server answering HTML pages as not-a-cdm-api in one sentence', async () => {
    const url = await serve(() => text('<!doctype html><title>Router login</title>', 200, 'text/html'));
    const failure = await failureOf(createSource({ url, ...noWait }));
    expect(failure.code).toBe('not-a-cdm-api');
    expect(failure.message).toMatch(
      /^The server at http:\/\/127\.0\.0\.1:\d+ answers, but it is not a CDM API/,
    );
    expect(failure.message).not.toMatch(/\.\s+[A-Z]/);
    expect(server?.requests.map((r) => r.pathname)).toEqual(['/ping', '/apidocs.json', '/exchange-rates']);
  });

  it('reports a JSON server that is not a CDM API as not-a-cdm-api', async () => {
    const url = await serve(() => json({ status: 'ok' }));
    expect((await failureOf(createSource({ url, ...noWait }))).code).toBe('not-a-cdm-api');
  });

  it('reports a refusal during detection as unauthorized', async () => {
    const url = await serve(() => json({ error: 'login required' }, 401));
    expect((await failureOf(createSource({ url, ...noWait }))).code).toBe('unauthorized');
  });

  it('reports a port with nobody listening as source-unreachable', async () => {
    const url = await closedPortUrl();
    const failure = await failureOf(createSource({ url, ...noWait }));
    expect(failure.code).toBe('source-unreachable');
    expect(failure.message).toBe(`Cannot reach the CDM API at ${url}: connection refused.`);
  });

  it('skips detection when the dialect is given', async () => {
    const url = await serve(() => undefined);
    source = await createSource({ url, dialect: 'exposer' });
    expect(source.dialect).toBe('exposer');
    expect(server?.requests).toEqual([]);
  });

  it('cancels detection when the signal aborts', async () => {
    const url = await serve(() => json({}));
    expect((await failureOf(createSource({ url, signal: AbortSignal.abort() }))).code).toBe('cancelled');
  });
});

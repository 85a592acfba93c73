/**
 * Bad sources never hurt a synced database: an unreachable host, a web server that is no CDM API
 * and a server refusing our credentials each end the sync with one sentence and a stable code,
 * through runSyncJob and through the `cashflow sync` CLI, and leave the database exactly as it was.
 * Records of every malformed shape are quarantined with their reason, and the sync still completes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase } from '../../electron/db/connection';
import { countByReason, databaseChecksum } from '../../electron/db/queries/checksum';
import { quarantineSamples } from '../../electron/db/queries/quality';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import type { ErrorCode } from '../../shared/result';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';
import { closedPortUrl, json, startStubServer, text, type StubServer } from '../helpers/stub-http-server';
import { startStubExposer } from '../helpers/stub-exposer';

const repoRoot = join(import.meta.dirname, '../..');

let fixture: SimFixture;
let dbPath = '';
let checksumBefore = '';
const stubs: StubServer[] = [];
const urls: Record<'unreachable' | 'html' | 'refusing', string> = { unreachable: '', html: '', refusing: '' };

function checksumOf(path: string): string {
  const db = openReadableDatabase(path);
  try {
    return databaseChecksum(db);
  } finally {
    db.close();
  }
}

/** Runs the real CLI in a child process. */
function cli(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bin/cashflow.js', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  fixture = simFixture({ setting: 'small', sizes: { companies: 4, sepa: 60, swift: 240 } });
  const server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
  try {
    dbPath = fixture.dbPath('synced');
    const summary = await runSyncJob({ dbPath, url: server.url, dialect: 'auto', tuning: fastTuning });
    expect(summary.outcome).toBe('complete');
  } finally {
    await server.close();
  }
  checksumBefore = checksumOf(dbPath);

  urls.unreachable = await closedPortUrl();
  const html = await startStubServer(() =>
    text('<!doctype html><html><body>Welcome</body></html>', 200, 'text/html'),
  );
  const refusing = await startStubServer(() => json({ error: 'unauthorized' }, 401));
  stubs.push(html, refusing);
  urls.html = html.url;
  urls.refusing = refusing.url;
});

afterAll(async () => {
  await Promise.all(stubs.map((stub) => stub.close()));
  fixture.dispose();
});

describe.each<[keyof typeof urls, ErrorCode]>([
  ['unreachable', 'source-unreachable'],
  ['html', 'not-a-cdm-api'],
  ['refusing', 'unauthorized'],
])('a sync from the %s source', (kind, code) => {
  it(`fails with one sentence and the code ${code}, leaving the synced database unchanged`, async () => {
    const summary = await runSyncJob({ dbPath, url: urls[kind], dialect: 'auto', tuning: fastTuning });
    expect(summary.outcome).toBe('failed');
    expect(summary.error?.code).toBe(code);
    expect(summary.error?.message).toMatch(/^[A-Z][^\n]*\.$/);
    expect(checksumOf(dbPath)).toBe(checksumBefore);
  });

  it('makes the CLI print that sentence on one stderr line, with no stack trace, and exit non-zero', async () => {
    const result = await cli(['sync', '--source', urls[kind], '--db', dbPath, '--once', '--json']);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^cashflow: [A-Z][^\\n]*\\. \\[${code}\\]$`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(checksumOf(dbPath)).toBe(checksumBefore);
  });
});

describe('a sync from an exposer serving records of every malformed shape', () => {
  const owner = 'NL02ABNA0123456789';
  const other = 'DE89370400440532013000';
  const base = { sender: owner, beneficiary: other, amount: { Float: 12.5, Valid: true }, currency: 'EUR' };
  const elements: unknown[] = [
    { id: 1, ...base, time: '2018-01-02T10:00:00Z' },
    { id: 2, ...base, amount: { Float: 0, Valid: false }, time: '2018-01-02T10:01:00Z' },
    { id: 3, ...base, amount: { Float: -5, Valid: true }, time: '2018-01-02T10:02:00Z' },
    { id: 4, ...base, amount: { Float: 0, Valid: true }, time: '2018-01-02T10:03:00Z' },
    { id: 5, ...base, time: '2018-13-45T99:00:00Z' },
    {
      id: 6,
      beneficiary: other,
      amount: { Float: 3, Valid: true },
      currency: 'EUR',
      time: '2018-01-02T10:05:00Z',
    },
    { id: 7, sender: owner, beneficiary: other, amount: { Float: 3, Valid: true }, currency: 'EUR' },
    {
      id: 8,
      sender: owner,
      beneficiary: other,
      amount: { Float: 3, Valid: true },
      time: '2018-01-02T10:07:00Z',
    },
    { id: 9, sender: owner, beneficiary: other, currency: 'EUR', time: '2018-01-02T10:08:00Z' },
    42,
  ];
  const expectedDetails: Record<string, string> = {
    '2': 'amount missing or marked invalid',
    '3': 'amount -5 is not positive',
    '4': 'amount 0 is not positive',
    '5': "timestamp '2018-13-45T99:00:00Z' is not an RFC 3339 instant",
    '6': 'payer IBAN missing',
    '7': 'timestamp missing',
    '8': 'currency missing',
    '9': 'amount missing or marked invalid',
    '': 'amount missing or marked invalid',
  };
  let stub: StubServer;

  beforeAll(async () => {
    const company = [
      { companyID: 1, ibans: `{${owner}}`, name: 'Multi Account BV', address: 'Keizersgracht 1', balance: 0 },
    ];
    const rates = [{ currency: 'EUR', usd_rate: 1.1, eur_rate: 1 }];
    // One batch, then empty periods: two empty polls in a row end the pass.
    stub = await startStubExposer({
      companies: company,
      rates,
      poll: (stream, n) => (stream === 'sepa' && n === 1 ? elements : []),
    });
  });

  afterAll(async () => {
    await stub.close();
  });

  it('quarantines each as malformed with the reason it is unusable, keeps the valid one, and completes', async () => {
    const path = fixture.dbPath('malformed');
    const summary = await runSyncJob({ dbPath: path, url: stub.url, dialect: 'auto', tuning: fastTuning });
    expect(summary.error).toBeNull();
    expect(summary).toMatchObject({ outcome: 'complete', dialect: 'exposer' });
    const db = openReadableDatabase(path);
    try {
      expect(countByReason(db)).toEqual({ valid: 1, reasons: { malformed: elements.length - 1 } });
      const samples = quarantineSamples(db, 'malformed', 100);
      expect(Object.fromEntries(samples.map((sample) => [sample.extId, sample.detail]))).toEqual(
        expectedDetails,
      );
      // What arrived is kept for the data-quality view where a field could not be read.
      expect(samples.find((sample) => sample.extId === '')?.raw).toBe('42');
    } finally {
      db.close();
    }
  });
});

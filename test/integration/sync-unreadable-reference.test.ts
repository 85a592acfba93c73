import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualityReport } from '../../electron/analytics/quality';
import { openReadableDatabase } from '../../electron/db/connection';
import { runSyncJob } from '../../electron/sync/job';
import type { StubServer } from '../helpers/stub-http-server';
import { startStubExposer } from '../helpers/stub-exposer';

const companies = [
  {
    companyID: 0,
    ibans: '{GB91PIEX43597764800353}',
    name: 'Kemp and Sons',
    address: 'London',
    balance: 1814,
  },
  { companyID: 'one', ibans: 42, name: null },
];
const rates = [
  { currency: 'EUR', usd_rate: 1.08, eur_rate: 1 },
  { currency: 'GBP', usd_rate: 'n/a', eur_rate: 1.17 },
];

describe('companies and rate rows a source sends that cannot be read', () => {
  let stub: StubServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cashflow-unreadable-'));
    stub = await startStubExposer({ companies, rates });
  });

  afterAll(async () => {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps them out of the figures but stores them, once, with their reason, for the quality view', async () => {
    const dbPath = join(dir, 'cash.sqlite');
    const first = await runSyncJob({ dbPath, url: stub.url, dialect: 'auto' });
    expect(first).toMatchObject({
      outcome: 'complete',
      companies: 1,
      rates: 1,
      rejected: { companies: 1, rates: 1 },
    });
    const again = await runSyncJob({ dbPath, url: stub.url, dialect: 'auto' });
    expect(again.rejected).toEqual({ companies: 1, rates: 1 });

    const db = openReadableDatabase(dbPath);
    try {
      const report = qualityReport(db, { currency: 'EUR', samples: 5, companies: 5 });
      expect(report.unreadable).toMatchObject({ companies: 1, rates: 1 });
      expect(report.unreadable.samples.map((sample) => sample.kind).sort()).toEqual(['company', 'rate']);
      const company = report.unreadable.samples.find((sample) => sample.kind === 'company');
      expect(JSON.parse(company?.raw ?? 'null')).toEqual(companies[1]);
      expect(company?.detail).not.toBe('');
      const rate = report.unreadable.samples.find((sample) => sample.kind === 'rate');
      expect(JSON.parse(rate?.raw ?? 'null')).toEqual(rates[1]);
    } finally {
      db.close();
    }
  });
});

/**
 * The scope through the contract, as the desktop app uses it: a source added with a portfolio syncs
 * only that portfolio; the portfolio view lists it, search marks who is in it, figures of a company
 * outside it are refused with not-in-scope, the quality report says it covers the scope only, and a
 * company taken out can have its data dropped without touching the others' figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { fileDatabaseProvider, type DatabaseProvider } from '../../electron/services/database-provider';
import { dispatch } from '../../electron/services/dispatch';
import { createSyncService, type SyncService } from '../../electron/services/sync-service';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { syncWorkerEntry } from '../../electron/sync/worker-entry';
import type { Services } from '../../shared/api';
import type { SyncStatus } from '../../shared/sync';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';

const plainBox = { seal: (text: string) => text, open: (text: string) => text };

async function until(services: Services, done: (status: SyncStatus) => boolean): Promise<SyncStatus> {
  for (;;) {
    const answer = await dispatch(services, 'syncStatus', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    if (done(answer.value)) return answer.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a source limited to a portfolio, through the contract', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let database: DatabaseProvider;
  let sync: SyncService;
  let services: Services;
  let sourceId = 0;
  const scope = [2, 5, 9];
  const outside = 4;

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 12, sepa: 600, swift: 2400 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    const dbPath = fixture.dbPath('app');
    database = fileDatabaseProvider(dbPath);
    sync = createSyncService({ database, dbPath, workerEntry: syncWorkerEntry(), secrets: plainBox });
    const identity = {
      name: 'Cashflow Monitor',
      version: '1.0.0',
      dataDirectory: fixture.dir,
      databasePath: dbPath,
    };
    services = createServices({ identity, database, sync });
  });

  afterAll(async () => {
    await sync.dispose();
    database.close();
    await server.close();
    fixture.dispose();
  });

  it('stores the scope with the source and syncs only it', async () => {
    const added = await dispatch(services, 'sourceAdd', {
      url: server.url,
      scope: { companyIds: [9, 2, 5] },
    });
    expect(added).toMatchObject({ ok: true, value: { scope: { companyIds: scope } } });
    if (!added.ok) return;
    sourceId = added.value.sourceId;
    await expect(dispatch(services, 'syncStart', { sourceId })).resolves.toMatchObject({ ok: true });
    const status = await until(services, (s) => s.state !== 'running' && s.lastSummary !== null);
    expect(status.lastSummary).toMatchObject({
      outcome: 'complete',
      companies: 12,
      scope: { companies: 3, unknownCompanyIds: [] },
    });
    await dispatch(services, 'syncCancel', undefined);
  });

  it('lists only the portfolio, and search finds every company, marking who is in it', async () => {
    const portfolio = await dispatch(services, 'portfolio', { sort: 'companyId', order: 'asc' });
    expect(portfolio.ok && portfolio.value.rows.map((row) => row.companyId)).toEqual(scope);
    const hits = await dispatch(services, 'searchCompanies', { text: String(outside) });
    expect(hits.ok && hits.value.find((hit) => hit.companyId === outside)).toMatchObject({
      inScope: false,
      balance: 0,
    });
    const inside = await dispatch(services, 'searchCompanies', { text: '5' });
    expect(inside.ok && inside.value.find((hit) => hit.companyId === 5)).toMatchObject({ inScope: true });
  });

  it('opens the profile of a company outside the scope but refuses its figures with not-in-scope', async () => {
    await expect(dispatch(services, 'companyProfile', { companyId: outside })).resolves.toMatchObject({
      ok: true,
      value: { companyId: outside, inScope: false },
    });
    await expect(dispatch(services, 'companyProfile', { companyId: 2 })).resolves.toMatchObject({
      ok: true,
      value: { inScope: true },
    });
    const range = { companyId: outside, from: '2019-01-01', to: '2019-12-31' };
    for (const answer of [
      await dispatch(services, 'companySummary', { companyId: outside }),
      await dispatch(services, 'companySeries', { ...range, granularity: 'month' }),
      await dispatch(services, 'companyCountries', range),
      await dispatch(services, 'companyTransactions', range),
    ])
      expect(answer).toMatchObject({ ok: false, error: { code: 'not-in-scope' } });
    await expect(dispatch(services, 'companySummary', { companyId: 9 })).resolves.toMatchObject({ ok: true });
  });

  it('says in the quality report that it counts the portfolio only', async () => {
    await expect(dispatch(services, 'qualityReport', {})).resolves.toMatchObject({
      ok: true,
      value: { scope: { companies: 3 } },
    });
  });

  it('drops the data of a company taken out of the scope, leaving the others unchanged', async () => {
    const before = await dispatch(services, 'companySummary', { companyId: 2 });
    const refused = await dispatch(services, 'sourceScopeDrop', { sourceId, companyIds: [9] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });

    const narrowed = await dispatch(services, 'sourceUpdate', {
      sourceId,
      url: server.url,
      scope: { companyIds: [2, 5] },
    });
    expect(narrowed).toMatchObject({ ok: true, value: { scope: { companyIds: [2, 5] } } });
    const dropped = await dispatch(services, 'sourceScopeDrop', { sourceId, companyIds: [9] });
    expect(dropped.ok && dropped.value.transactions).toBeGreaterThan(0);
    await expect(dispatch(services, 'companySummary', { companyId: 2 })).resolves.toEqual(before);
    await expect(dispatch(services, 'companySummary', { companyId: 9 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-in-scope' },
    });

    // An update without a scope keeps it; null widens it to the whole bank.
    const kept = await dispatch(services, 'sourceUpdate', { sourceId, url: server.url });
    expect(kept).toMatchObject({ ok: true, value: { scope: { companyIds: [2, 5] } } });
    const whole = await dispatch(services, 'sourceUpdate', { sourceId, url: server.url, scope: null });
    expect(whole).toMatchObject({ ok: true, value: { scope: null } });
    const portfolio = await dispatch(services, 'portfolio', {});
    expect(portfolio).toMatchObject({ ok: true, value: { total: 12 } });
  });
});

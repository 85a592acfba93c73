/**
 * A first sync loads in bulk (electron/db/mutations/bulk-load.ts): records first, then batch-payment
 * groups, aggregates and the secondary indexes, set-based. It must end with exactly the database of
 * a page-by-page sync of the same data, where small pages and commits split batch groups across
 * pages and commits, and with the same counts in its summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase } from '../../electron/db/connection';
import { countByReason, databaseChecksum } from '../../electron/db/queries/checksum';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import type { SyncSummary } from '../../shared/sync';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

function inspect(path: string) {
  const db = openReadableDatabase(path);
  try {
    return {
      checksum: databaseChecksum(db),
      counts: countByReason(db),
      indexes: db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'txn' ORDER BY name",
        )
        .all(),
      pendingLoad: db.prepare('SELECT count(*) FROM bulk_load').pluck().get(),
    };
  } finally {
    db.close();
  }
}

/** What a sync decided about its records, without the timings. */
function decided(summary: SyncSummary) {
  const { inserted, duplicates, valid, quarantined, strictIbanWarnings, records } = summary;
  return { inserted, duplicates, valid, quarantined, strictIbanWarnings, records };
}

describe('a bulk-loaded first sync and a page-by-page sync of the same data', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let bulk: SyncSummary;
  let paged: SyncSummary;

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 30, sepa: 4000, swift: 12000 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    bulk = await runSyncJob({ dbPath: fixture.dbPath('bulk'), url: server.url, dialect: 'cdm-api' });
    paged = await runSyncJob({
      dbPath: fixture.dbPath('paged'),
      url: server.url,
      dialect: 'cdm-api',
      tuning: { ...fastTuning, pageLimit: 97, commitRecords: 301, bulkLoad: false },
    });
  });

  afterAll(async () => {
    await server.close();
    fixture.dispose();
  });

  it('hold batch payments, so that grouping is put to the test', () => {
    expect(bulk.error).toBeNull();
    expect(paged.error).toBeNull();
    expect(inspect(fixture.dbPath('bulk')).counts.reasons['batch-payment']).toBeGreaterThan(10);
  });

  it('end with the same checksum of records, statuses, batch groups and aggregates', () => {
    const a = inspect(fixture.dbPath('bulk'));
    const b = inspect(fixture.dbPath('paged'));
    expect(a.checksum).toBe(b.checksum);
    expect(a.counts).toEqual(b.counts);
  });

  it('report the same counts', () => {
    expect(decided(bulk)).toEqual(decided(paged));
  });

  it('leave the bulk load finished, with every index of a freshly migrated database', () => {
    const loaded = inspect(fixture.dbPath('bulk'));
    expect(loaded.pendingLoad).toBe(0);
    expect(loaded.indexes).toEqual(inspect(fixture.dbPath('paged')).indexes);
    expect(loaded.indexes.length).toBeGreaterThan(3);
  });

  it('stop when cancelled, keep what they stored with its figures, and finish page by page', async () => {
    const path = fixture.dbPath('cancelled');
    const controller = new AbortController();
    const stopped = await runSyncJob(
      {
        dbPath: path,
        url: server.url,
        dialect: 'cdm-api',
        tuning: { ...fastTuning, pageLimit: 97, commitRecords: 301 },
      },
      {
        signal: controller.signal,
        progressIntervalMs: 0,
        onProgress: (progress) => {
          if (progress.records >= 5000) controller.abort();
        },
      },
    );
    expect(stopped.outcome).toBe('cancelled');
    const partial = inspect(path);
    expect(partial.pendingLoad).toBe(0);
    expect(partial.counts.valid).toBeGreaterThan(0);
    const rest = await runSyncJob({
      dbPath: path,
      url: server.url,
      dialect: 'cdm-api',
      tuning: { ...fastTuning, pageLimit: 97, commitRecords: 301 },
    });
    expect(rest.error).toBeNull();
    expect(inspect(path).checksum).toBe(inspect(fixture.dbPath('paged')).checksum);
  });

  it('refresh page by page afterwards, finding nothing new and changing nothing', async () => {
    const path = fixture.dbPath('bulk');
    const before = inspect(path).checksum;
    const refresh = await runSyncJob({ dbPath: path, url: server.url, dialect: 'cdm-api' });
    expect(refresh).toMatchObject({ outcome: 'complete', inserted: 0 });
    expect(inspect(path)).toMatchObject({ checksum: before, pendingLoad: 0 });
  });
});

/**
 * Refreshing a complete database over cdm-api: the client keeps its last key per stream (one step
 * back, docs/cdm-api.md), so a second sync of unchanged data reads each stream's last record again,
 * gets `[]`, inserts nothing and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase } from '../../electron/db/connection';
import { databaseChecksum } from '../../electron/db/queries/checksum';
import {
  startSimulatorServer,
  type FaultStats,
  type SimulatorServer,
} from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import type { SyncSummary } from '../../shared/sync';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

function checksumOf(path: string): string {
  const db = openReadableDatabase(path);
  try {
    return databaseChecksum(db);
  } finally {
    db.close();
  }
}

/** Requests per endpoint made between two snapshots of a server's counts. */
function requestsBetween(before: FaultStats, after: FaultStats): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after.requests).map(([endpoint, count]) => [
      endpoint,
      count - (before.requests[endpoint] ?? 0),
    ]),
  );
}

describe('a second cdm-api sync of an already complete database', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;
  let dbPath = '';
  let first: SyncSummary;
  let checksumAfterFirst = '';
  let refresh: SyncSummary;
  let firstRequests: Record<string, number>;
  let refreshRequests: Record<string, number>;

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 20, sepa: 1500, swift: 6000 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    dbPath = fixture.dbPath('refresh');
    const job = {
      dbPath,
      url: server.url,
      dialect: 'cdm-api',
      tuning: { ...fastTuning, pageLimit: 500 },
    } as const;
    const start = server.stats();
    first = await runSyncJob(job);
    const afterFirst = server.stats();
    checksumAfterFirst = checksumOf(dbPath);
    refresh = await runSyncJob(job);
    firstRequests = requestsBetween(start, afterFirst);
    refreshRequests = requestsBetween(afterFirst, server.stats());
  });

  afterAll(async () => {
    await server.close();
    fixture.dispose();
  });

  it('completes having read every record the first time', () => {
    expect(first.error).toBeNull();
    expect(first.inserted).toBeGreaterThan(0);
    expect(firstRequests['/transactions/swift']).toBeGreaterThan(1);
  });

  it('inserts nothing and leaves the checksum identical', () => {
    expect(refresh.error).toBeNull();
    expect(refresh).toMatchObject({ outcome: 'complete', inserted: 0 });
    // Only each stream's last key is read again, and it collapses as a duplicate.
    expect(refresh.records).toBeGreaterThanOrEqual(2);
    expect(refresh.records).toBeLessThan(10);
    expect(refresh.duplicates).toBe(refresh.records);
    expect(checksumOf(dbPath)).toBe(checksumAfterFirst);
  });

  it('asks each transaction stream twice: its last key again, then an empty page', () => {
    expect(refreshRequests['/transactions/sepa']).toBe(2);
    expect(refreshRequests['/transactions/swift']).toBe(2);
  });
});

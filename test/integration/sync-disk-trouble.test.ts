/**
 * A sync whose database stops accepting writes half-way: the disk fills up (SQLite's `max_page_count`
 * caps the file, as a full disk would) or the database turns read-only (`query_only`, which SQLite
 * answers like a read-only file; this machine runs tests as root, for whom file modes do not bite).
 * The sync must end with one sentence and a stable code, throw nothing, leave an intact database whose
 * figures are exactly those of the last commit, and a later sync with room must finish the job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase, openWritableDatabase, type ReadableDb } from '../../electron/db/connection';
import { bulkLoadPending } from '../../electron/db/mutations/bulk-load';
import { countTransactions } from '../../electron/db/queries/account-owners';
import { databaseChecksum } from '../../electron/db/queries/checksum';
import type { SimTransaction } from '../../electron/simulator/model';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import { createSource } from '../../electron/sources/create-source';
import { runSyncPass } from '../../electron/sync/engine';
import { runSyncJob } from '../../electron/sync/job';
import type { SyncSummary } from '../../shared/sync';
import { growingDataset, type GrowingDataset } from '../helpers/growing-dataset';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

const commitRecords = 500;
const tuning = { ...fastTuning, pageLimit: 250, commitRecords };

let fixture: SimFixture;
let data: GrowingDataset;
let server: SimulatorServer;
let fullChecksum = '';

function inspect<T>(dbPath: string, read: (db: ReadableDb) => T): T {
  const db = openReadableDatabase(dbPath);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const checksumOf = (dbPath: string) => inspect(dbPath, databaseChecksum);

/** The swift stream's saved key after a failed pass (an integer id), or null. */
function swiftKey(dbPath: string): number | null {
  const text = inspect(
    dbPath,
    (db) =>
      db.prepare("SELECT cursor FROM sync_cursor WHERE stream = 'swift'").pluck().get() as string | undefined,
  );
  const cursor = text === undefined ? null : (JSON.parse(text) as { afterId?: string } | null);
  return cursor?.afterId === undefined ? null : Number(cursor.afterId);
}

beforeAll(async () => {
  fixture = simFixture({ setting: 'small', sizes: { companies: 20, sepa: 1500, swift: 6000 } });
  data = growingDataset(fixture.dataset);
  server = await startSimulatorServer({ dataset: data, dialect: 'cdm-api' });
  const clean = await runSyncJob({
    dbPath: fixture.dbPath('full'),
    url: server.url,
    dialect: 'cdm-api',
    tuning,
  });
  expect(clean.error).toBeNull();
  fullChecksum = checksumOf(fixture.dbPath('full'));
});

afterAll(async () => {
  await server.close();
  fixture.dispose();
});

/**
 * Syncs everything into `dbPath` over its own writer connection, calling `spoil` on that connection
 * once the swift stream has begun; answers the summary, or what the pass threw.
 */
async function syncAndSpoil(
  dbPath: string,
  spoil: (db: ReturnType<typeof openWritableDatabase>) => void,
  bulkLoad: boolean,
) {
  const source = await createSource({ url: server.url, dialect: 'cdm-api', ...fastTuning, pageLimit: 250 });
  const db = openWritableDatabase(dbPath);
  let swiftPages = 0;
  try {
    return await runSyncPass({
      db,
      source,
      sourceUrl: server.url,
      commitRecords,
      bulkLoad,
      progressIntervalMs: 0,
      onProgress: (progress) => {
        // After six swift pages, three commits of that stream are in.
        if (progress.phase !== 'swift') return;
        swiftPages += 1;
        if (swiftPages === 6) spoil(db);
      },
    }).catch((cause: unknown) => cause);
  } finally {
    db.close();
    await source.close();
  }
}

const troubles = [
  {
    trouble: 'the disk fills up',
    spoil: (db: ReturnType<typeof openWritableDatabase>) => {
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages + 30}`);
    },
    sentence: /full/,
  },
  {
    trouble: 'the database turns read-only',
    spoil: (db: ReturnType<typeof openWritableDatabase>) => {
      db.pragma('query_only = ON');
    },
    sentence: /read-only/,
  },
];
const modes = [
  { mode: 'page by page', bulkLoad: false },
  { mode: 'as a first sync in bulk', bulkLoad: true },
];

describe.each(troubles.flatMap((trouble) => modes.map((mode) => ({ ...trouble, ...mode }))))(
  'a sync $mode during which $trouble',
  ({ trouble, spoil, sentence, mode, bulkLoad }) => {
    const name = `${trouble}-${mode}`.replace(/\W+/g, '-');
    let outcome: unknown;

    beforeAll(async () => {
      data.show(() => true);
      outcome = await syncAndSpoil(fixture.dbPath(name), spoil, bulkLoad);
    });

    it('ends as failed with one sentence and a stable code, throwing nothing', () => {
      expect(outcome).toMatchObject({ outcome: 'failed', error: { code: 'write-failed' } });
      const message = (outcome as SyncSummary).error?.message ?? '';
      expect(message).toMatch(sentence);
      expect(message).toMatch(/^[A-Z][^\n]*\.$/);
      expect(message.split('. ')).toHaveLength(1);
    });

    it('leaves an intact database holding exactly what was committed', async () => {
      const dbPath = fixture.dbPath(name);
      expect(inspect(dbPath, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
      const key = swiftKey(dbPath);
      // Stopped half-way through the swift stream.
      expect(key).toBeGreaterThan(0);
      expect(key).toBeLessThan(
        Math.max(...fixture.dataset.window('swift', 0, Date.UTC(2030, 0)).map((r) => r.idNum)),
      );
      // A clean sync of the records up to the saved key must give the very same database.
      data.show(
        (record: SimTransaction) => record.source === 'sepa' || (key !== null && record.idNum <= key),
      );
      const committed = fixture.dbPath(`${name}-committed`);
      const clean = await runSyncJob({ dbPath: committed, url: server.url, dialect: 'cdm-api', tuning });
      expect(clean.error).toBeNull();
      if (bulkLoad) {
        // A bulk load builds its figures when it ends, which a full or read-only file cannot: the
        // records it committed are all there, and the load stays marked unfinished for the next sync.
        expect(inspect(dbPath, countTransactions)).toBe(inspect(committed, countTransactions));
        const writer = openWritableDatabase(dbPath);
        try {
          expect(bulkLoadPending(writer)).toBe(true);
        } finally {
          writer.close();
        }
      } else {
        expect(checksumOf(dbPath)).toBe(checksumOf(committed));
      }
    });

    it('is finished by a later sync with room', async () => {
      data.show(() => true);
      const dbPath = fixture.dbPath(name);
      const resumed = await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api', tuning });
      expect(resumed.error).toBeNull();
      expect(checksumOf(dbPath)).toBe(fullChecksum);
    });
  },
);

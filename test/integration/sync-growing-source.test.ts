/**
 * A source whose data grows between passes: each refresh of the same database must end with the
 * checksum of a clean sync of the data as it then stands. Between passes the simulator serves new
 * records and a late batch-payment sibling: a record that joins a group whose other member was
 * synced (and counted) in an earlier pass, so the whole group must leave every aggregate. Over
 * cdm-api a late sibling can only join the group at the key the last pass ended on (keyset paging
 * never looks behind the key); the exposer re-reads a whole cycle, so one joins an older group too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadableDatabase } from '../../electron/db/connection';
import { databaseChecksum } from '../../electron/db/queries/checksum';
import { streamCode } from '../../electron/db/stream-code';
import type { SimTransaction } from '../../electron/simulator/model';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import { everyRecord, growingDataset } from '../helpers/growing-dataset';
import { reliabilityScale } from '../helpers/reliability-scale';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';
import { compareWithTruth } from '../helpers/truth-compare';

const tuning = { ...fastTuning, pageLimit: 300, commitRecords: 1000 };

let fixture: SimFixture;
let groups: SimTransaction[][];

beforeAll(() => {
  fixture = simFixture({ setting: 'small', sizes: { companies: 20, sepa: 1500, swift: 6000 } });
  const byId = new Map<number, SimTransaction[]>();
  for (const record of everyRecord(fixture.dataset, 'swift')) {
    if (record.corruption !== 'batch-payment') continue;
    byId.set(record.idNum, [...(byId.get(record.idNum) ?? []), record]);
  }
  // Pairs: once one member is held back, the other counts alone until its sibling comes.
  groups = [...byId.values()].filter((group) => group.length === 2);
});

afterAll(() => {
  fixture.dispose();
});

function inspect<T>(dbPath: string, read: (db: ReturnType<typeof openReadableDatabase>) => T): T {
  const db = openReadableDatabase(dbPath);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const checksumOf = (dbPath: string) => inspect(dbPath, databaseChecksum);

/** Stored members of a swift batch group, by status (0 valid, 1 dirty). */
function groupStatuses(dbPath: string, group: readonly SimTransaction[]): number[] {
  const id = group[0]?.id ?? '';
  return inspect(dbPath, (db) =>
    db
      .prepare('SELECT status FROM txn WHERE source = ? AND ext_id = ? ORDER BY status')
      .pluck()
      .all(streamCode('swift'), id),
  ) as number[];
}

/** A growth schedule: which records each pass sees, and the late siblings it shows on pass 2. */
interface Schedule {
  readonly name: string;
  readonly stages: readonly ((record: SimTransaction) => boolean)[];
  readonly lateGroups: readonly (readonly SimTransaction[])[];
}

/**
 * Pass 1 ends at the key of a batch pair with its second member held back (and, for the exposer, a
 * member of an older pair too); pass 2 adds those siblings and new records up to a later key; pass 3
 * serves everything.
 */
function schedule(dialect: Dialect, at: number): Schedule {
  const pair = groups[Math.floor(groups.length * at)];
  const older = groups[Math.floor(groups.length * at * 0.5)];
  if (pair === undefined || older === undefined || pair === older) throw new Error('too few batch pairs');
  const first = pair[0] as SimTransaction;
  // Records are compared by stream and row number: each read of the data set makes new objects.
  const rowOf = (record: SimTransaction) => `${record.source}:${record.seq}`;
  const late = new Set([rowOf(pair[1] as SimTransaction)]);
  if (dialect === 'exposer') late.add(rowOf(older[1] as SimTransaction));
  const swift = everyRecord(fixture.dataset, 'swift');
  const later = swift[Math.floor(swift.length * Math.min(0.95, at + 0.3))] ?? first;
  const upTo = (id: number, ms: number) => (record: SimTransaction) =>
    record.source === 'swift' ? record.idNum <= id : record.tsMs <= ms;
  const stage1 = upTo(first.idNum, first.tsMs);
  const stage2 = upTo(later.idNum, later.tsMs);
  return {
    name: `pass 1 ends at swift id ${first.idNum}`,
    stages: [(record) => stage1(record) && !late.has(rowOf(record)), stage2, () => true],
    lateGroups: dialect === 'exposer' ? [pair, older] : [pair],
  };
}

const runs = 2 * reliabilityScale();
const positions = Array.from({ length: runs }, (_, i) => 0.3 + (0.4 * i) / runs);

describe.each<Dialect>(['cdm-api', 'exposer'])('refreshing a growing %s source', (dialect) => {
  it.each(positions)('ends every pass with a clean sync’s checksum (growth point %f)', async (at) => {
    const plan = schedule(dialect, at);
    const data = growingDataset(fixture.dataset);
    const server = await startSimulatorServer({ dataset: data, dialect });
    const dbPath = fixture.dbPath(`${dialect}-growing-${at}`);
    try {
      for (const [index, visible] of plan.stages.entries()) {
        data.show(visible);
        const refresh = await runSyncJob({ dbPath, url: server.url, dialect, tuning });
        const cleanPath = fixture.dbPath(`${dialect}-clean-${at}-${index}`);
        const clean = await runSyncJob({ dbPath: cleanPath, url: server.url, dialect, tuning });
        expect(refresh.error, `${plan.name}, pass ${index + 1}`).toBeNull();
        expect(clean.error).toBeNull();
        expect(checksumOf(dbPath), `${plan.name}, pass ${index + 1}`).toBe(checksumOf(cleanPath));
        for (const group of plan.lateGroups) {
          // Alone on pass 1 the member counts; once its sibling has come, neither does.
          expect(groupStatuses(dbPath, group)).toEqual(index === 0 ? [0] : [1, 1]);
        }
      }
      expect(inspect(dbPath, (db) => compareWithTruth(db, fixture.truth).slice(0, 10))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

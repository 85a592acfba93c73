/**
 * The stream pass asks for the next page before it writes the current one, and the request must be
 * on the wire by then: the HTTP client sends it from a later turn of the event loop, and a writer
 * that went straight on to its synchronous work kept the server idle until the page was written
 * (docs/benchmarks.md "A quiet machine"). undici announces every request whose headers it has
 * written on the `undici:client:sendHeaders` diagnostics channel; the order of those announcements
 * and of the ingester's calls shows when each request left.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../electron/db/connection';
import type { IngestCounts, TransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { emptyIngestCounts } from '../../../electron/db/mutations/ingest-transactions';
import { ensureSource } from '../../../electron/db/mutations/sync-state';
import { startSimulatorServer, type SimulatorServer } from '../../../electron/simulator/serve/server';
import { createSource } from '../../../electron/sources/create-source';
import type { CdmSource } from '../../../electron/sources/source';
import { ProgressMeter } from '../../../electron/sync/progress-meter';
import { syncStream } from '../../../electron/sync/stream-pass';
import { emptyTally } from '../../../electron/sync/tally';
import { memoryDataset } from '../../helpers/memory-dataset';
import { simStream } from '../../helpers/sim-records';

const channel = 'undici:client:sendHeaders';

let server: SimulatorServer | null = null;
let source: CdmSource | null = null;

afterEach(async () => {
  await source?.close();
  await server?.close();
  source = null;
  server = null;
});

describe('a whole-stream pass', () => {
  it('has the next page requested on the wire before it writes the current page', async () => {
    server = await startSimulatorServer({
      dataset: memoryDataset({ sepa: simStream('sepa', 40) }),
      dialect: 'cdm-api',
    });
    source = await createSource({ url: server.url, dialect: 'cdm-api', pageLimit: 10 });
    const events: string[] = [];
    const sent = (message: unknown) => {
      const path = (message as { request?: { path?: string } }).request?.path ?? '';
      if (path.includes('sepa')) events.push('request');
    };
    const ingester: TransactionIngester = {
      ingest(records): IngestCounts {
        events.push(`write ${String(records.length)}`);
        return { ...emptyIngestCounts(), received: records.length };
      },
    };
    const db = openMemoryDatabase();
    subscribe(channel, sent);
    try {
      await syncStream(
        {
          db,
          source,
          sourceId: ensureSource(db, server.url, 'cdm-api', 0),
          owners: new Map(),
          ingester,
          strictIban: false,
          meter: new ProgressMeter(() => 0),
          tally: emptyTally(),
          clock: () => 0,
          report: () => undefined,
          // One commit per page, so each page is written before the next one is read.
          commitRecords: 1,
        },
        'sepa',
      );
    } finally {
      unsubscribe(channel, sent);
    }
    // Requests sent before each page was written. The page behind page k must have been asked for
    // by then: k + 1 requests. Not checked for the first page, whose successor may need a new
    // connection (the first one is still being handed back), nor for the empty page that ends the
    // pass and asks for nothing more.
    const sentBeforeWrite: number[] = [];
    let requests = 0;
    for (const event of events) {
      if (event === 'request') requests += 1;
      else sentBeforeWrite.push(requests);
    }
    expect(sentBeforeWrite.length, events.join(', ')).toBeGreaterThanOrEqual(5);
    sentBeforeWrite.slice(1, -1).forEach((sent, index) => {
      expect(sent, events.join(', ')).toBeGreaterThanOrEqual(index + 3);
    });
  });
});

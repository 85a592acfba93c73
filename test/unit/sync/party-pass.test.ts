import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../electron/db/connection';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { ensureSource, loadFilterCursors, saveFilterCursor } from '../../../electron/db/mutations/sync-state';
import type { CdmSource, PartyFilter, TransactionPage } from '../../../electron/sources/source';
import { partyFilters, syncStreamByParty } from '../../../electron/sync/party-pass';
import { ProgressMeter } from '../../../electron/sync/progress-meter';
import { emptyTally } from '../../../electron/sync/tally';
import { AppFailure } from '../../../shared/result';
import { ibans, sepa } from '../../helpers/records';

interface Call {
  readonly filter: string;
  readonly cursor: unknown;
}

/** A source whose filters each serve the given pages in order, then an empty page; one may fail. */
function stubSource(pages: Record<string, TransactionPage['records'][]>, failing?: string) {
  const calls: Call[] = [];
  const source: CdmSource = {
    dialect: 'cdm-api',
    companies: () => Promise.resolve({ companies: [], rejected: [] }),
    companyPages: async function* () {
      // No companies: the party pass never asks for them.
    },
    rates: () => Promise.resolve({ rates: [], rejected: [] }),
    nextPage: () => Promise.reject(new Error('the whole stream must not be read')),
    nextPartyPage: (_stream, filter: PartyFilter, cursor) => {
      const key = `${filter.side}:${filter.iban}`;
      calls.push({ filter: key, cursor });
      if (key === failing) return Promise.reject(new AppFailure('source-unreachable', 'down'));
      const step = typeof cursor === 'number' ? cursor : 0;
      const records = pages[key]?.[step] ?? [];
      return Promise.resolve({ records, cursor: step + 1, endOfPass: records.length === 0 });
    },
    onRetry: () => () => undefined,
    close: () => Promise.resolve(),
  };
  return { source, calls };
}

function setup(source: CdmSource) {
  const db = openMemoryDatabase();
  const sourceId = ensureSource(db, 'http://bank', 'cdm-api', 0);
  const tally = emptyTally();
  const context = {
    db,
    source,
    sourceId,
    owners: new Map([
      [ibans.acmeDe, 1],
      [ibans.acmeNl, 1],
      [ibans.kempGb, 2],
    ]),
    ingester: createTransactionIngester(db),
    strictIban: false,
    meter: new ProgressMeter(() => 0),
    tally,
    clock: () => 0,
    report: () => undefined,
  };
  return { db, sourceId, tally, context };
}

describe('a scoped pass over party filters', () => {
  it('reads both sides of every account, resuming saved cursors and starting new accounts from the start', async () => {
    const own = sepa({ id: '7', payer: ibans.acmeDe, beneficiary: ibans.acmeNl });
    const across = sepa({ id: '8', payer: ibans.acmeNl, beneficiary: ibans.kempGb });
    const { source, calls } = stubSource({
      [`payer:${ibans.acmeDe}`]: [[], [own]],
      [`beneficiary:${ibans.acmeNl}`]: [[own]],
      [`payer:${ibans.acmeNl}`]: [[across]],
      [`beneficiary:${ibans.kempGb}`]: [[across]],
    });
    const { db, sourceId, tally, context } = setup(source);
    // The first account was read before (its payer side up to step 1); the others are new.
    saveFilterCursor(db, sourceId, 'sepa', { side: 'payer', iban: ibans.acmeDe }, 1, 0);

    await syncStreamByParty(context, 'sepa', partyFilters([ibans.kempGb, ibans.acmeDe, ibans.acmeNl]), 2);

    const first = new Map<string, unknown>();
    for (const call of calls) if (!first.has(call.filter)) first.set(call.filter, call.cursor);
    expect(first.size).toBe(6);
    expect(first.get(`payer:${ibans.acmeDe}`)).toBe(1);
    expect(first.get(`beneficiary:${ibans.kempGb}`)).toBeNull();
    // Each transfer came through two filters and is stored once.
    expect(tally).toMatchObject({ inserted: 2, duplicates: 2, valid: 2 });
    expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(2);
    const saved = loadFilterCursors(db, sourceId, 'sepa');
    expect(saved.get(`payer:${ibans.acmeDe}`)).toBe(3);
    expect(saved.get(`beneficiary:${ibans.acmeNl}`)).toBe(2);
  });

  it('keeps what the other filters received, with their cursors, when one filter fails', async () => {
    const across = sepa({ id: '8', payer: ibans.acmeNl, beneficiary: ibans.kempGb });
    const { source } = stubSource({ [`payer:${ibans.acmeNl}`]: [[across]] }, `beneficiary:${ibans.acmeDe}`);
    const { db, sourceId, context } = setup(source);
    await expect(
      syncStreamByParty(context, 'sepa', partyFilters([ibans.acmeNl, ibans.acmeDe]), 1),
    ).rejects.toMatchObject({ code: 'source-unreachable' });
    // One reader goes in order: the failing filter (DE, beneficiary) is the second of four.
    expect(db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(0);
    expect([...loadFilterCursors(db, sourceId, 'sepa').keys()]).toEqual([`payer:${ibans.acmeDe}`]);

    const { source: parallel } = stubSource(
      { [`payer:${ibans.acmeNl}`]: [[across]] },
      `beneficiary:${ibans.acmeDe}`,
    );
    const second = setup(parallel);
    await expect(
      syncStreamByParty(second.context, 'sepa', partyFilters([ibans.acmeNl, ibans.acmeDe]), 4),
    ).rejects.toMatchObject({ code: 'source-unreachable' });
    expect(second.db.prepare('SELECT count(*) FROM txn').pluck().get()).toBe(1);
    // Saved past the page that brought the record (whether or not its empty last page came before the stop).
    expect(
      loadFilterCursors(second.db, second.sourceId, 'sepa').get(`payer:${ibans.acmeNl}`),
    ).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Benchmark of a scoped sync (an analyst's portfolio instead of the bank's book):
 * `node bin/run-ts.js test/bench/scope.bench.ts --setting large --companies 15,300 [--dialect cdm-api]`.
 * Serves the cached simulator data set from this process; for each portfolio size, a seeded random
 * portfolio is synced into a fresh database (party filters, four at once), then refreshed with nothing
 * new. The ceiling, measured in the same run, is a fetch-only pass over the same filters through the
 * same source adapter (loopback fetch + parse, no database).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadableDatabase } from '../../electron/db/connection';
import { openDataset } from '../../electron/simulator/dataset';
import { settings, type Setting } from '../../electron/simulator/model';
import { createPrng } from '../../electron/simulator/prng';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { createSource } from '../../electron/sources/create-source';
import { partyFilters } from '../../electron/sync/party-pass';
import { runSyncJob } from '../../electron/sync/job';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export async function main(args: readonly string[]): Promise<void> {
  const setting = (option(args, '--setting') ?? 'medium') as Setting;
  if (!settings.includes(setting)) throw new Error(`--setting must be one of ${settings.join(', ')}`);
  const sizes = (option(args, '--companies') ?? '15,300').split(',').map(Number);
  const dataset = openDataset({ setting });
  const server = await startSimulatorServer({ dataset, dialect: 'cdm-api' });
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-scope-bench-'));

  function portfolio(size: number): number[] {
    const prng = createPrng(13, `bench-${size}`);
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(1 + prng.int(dataset.sizes.companies));
    return [...chosen].sort((a, b) => a - b);
  }

  /** Fetch and parse every filter's pages, as the sync would, without storing anything. */
  async function fetchOnly(
    ibans: readonly string[],
  ): Promise<{ seconds: number; records: number; pages: number }> {
    const source = await createSource({ url: server.url, dialect: 'cdm-api' });
    const started = performance.now();
    let records = 0;
    let pages = 0;
    const filters = partyFilters(ibans);
    let next = 0;
    const read = async () => {
      for (;;) {
        const filter = filters[next];
        if (filter === undefined) return;
        next += 1;
        for (const stream of ['sepa', 'swift'] as const) {
          let cursor: unknown = null;
          for (;;) {
            const page = await source.nextPartyPage?.(stream, filter, cursor);
            if (page === undefined) throw new Error('no party filters');
            pages += 1;
            records += page.records.length;
            if (page.endOfPass) break;
            cursor = page.cursor;
          }
        }
      }
    };
    await Promise.all([read(), read(), read(), read()]);
    await source.close();
    return { seconds: (performance.now() - started) / 1000, records, pages };
  }

  try {
    for (const size of sizes) {
      const scope = portfolio(size);
      const dbPath = join(dir, `scope-${size}.sqlite`);
      let started = performance.now();
      const first = await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api', scope });
      const syncSeconds = (performance.now() - started) / 1000;
      if (first.error !== null) throw new Error(first.error.message);
      started = performance.now();
      const refresh = await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api' });
      const refreshSeconds = (performance.now() - started) / 1000;
      const db = openReadableDatabase(dbPath);
      const ibans = db
        .prepare(`SELECT iban FROM account WHERE company_id IN (${scope.join(',')})`)
        .pluck()
        .all() as string[];
      db.close();
      const ceiling = await fetchOnly(ibans);
      process.stdout.write(
        `${JSON.stringify({
          setting,
          companies: size,
          accounts: ibans.length,
          sync: { seconds: syncSeconds, records: first.records, stored: first.inserted, pages: first.pages },
          refresh: { seconds: refreshSeconds, pages: refresh.pages, inserted: refresh.inserted },
          fetchOnlyCeiling: ceiling,
          databaseMb: statSync(dbPath).size / 1e6,
        })}\n`,
      );
    }
  } finally {
    await server.close();
    dataset.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Benchmark of a scoped sync (docs/architecture.md "Scope"): an analyst's portfolio of N companies,
 * drawn by a seeded PRNG from the bank's list, synced over the cdm-api dialect's party filters.
 *
 *   npm run bench:scope -- --setting mega --companies 200 [--seed 1] [--connections 4] [--commit-records N] [--keep FILE]
 *
 * The simulator serves the cached data set from this process; the shipped sync worker bundle runs in
 * a plain-Node child whose peak RSS is its own. Reported: the first sync (wall, CPU, peak RSS, records
 * fetched and stored, database size), a refresh with nothing new, and in the same run the ceiling the
 * sync is measured against: the same party filters fetched and parsed through the same adapter with
 * the same number of connections, nothing stored.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataset } from '../../electron/simulator/dataset';
import { createPrng } from '../../electron/simulator/prng';
import { settings, type Setting } from '../../electron/simulator/model';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { partyFilters } from '../../electron/sync/party-pass';
import { createSource } from '../../electron/sources/create-source';
import type { PartyFilter } from '../../electron/sources/source';
import { requireBuiltWorker, syncInChild } from './sync-child';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function positive(args: readonly string[], name: string, fallback: number): number {
  const text = option(args, name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} wants a positive integer`);
  return value;
}

/** Every party filter of the portfolio read to its end, `connections` at once, nothing stored. */
async function fetchCeiling(
  url: string,
  filters: readonly PartyFilter[],
  connections: number,
): Promise<{ records: number; seconds: number }> {
  const source = await createSource({ url, dialect: 'cdm-api' });
  const nextPartyPage = source.nextPartyPage;
  if (nextPartyPage === undefined) throw new Error('the cdm-api source has no party filters');
  const jobs = (['sepa', 'swift'] as const).flatMap((stream) =>
    filters.map((filter) => ({ stream, filter })),
  );
  let next = 0;
  let records = 0;
  const started = performance.now();
  const lane = async () => {
    for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
      let cursor: unknown = null;
      for (;;) {
        const page = await nextPartyPage(job.stream, job.filter, cursor);
        records += page.records.length;
        cursor = page.cursor;
        if (page.endOfPass) break;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, lane));
  } finally {
    await source.close();
  }
  return { records, seconds: (performance.now() - started) / 1000 };
}

function fileMb(path: string): number {
  let bytes = 0;
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) bytes += statSync(path + suffix).size;
  return bytes / 1024 / 1024;
}

export async function main(args: readonly string[]): Promise<void> {
  requireBuiltWorker();
  const setting = (option(args, '--setting') ?? 'medium') as Setting;
  if (!settings.includes(setting))
    throw new Error(`unknown setting '${setting}' (use ${settings.join(', ')})`);
  const size = positive(args, '--companies', 200);
  const seed = positive(args, '--seed', 1);
  const connections = positive(args, '--connections', 4);
  const commitText = option(args, '--commit-records');
  const tuning = {
    partyConnections: connections,
    ...(commitText === undefined ? {} : { commitRecords: positive(args, '--commit-records', 1) }),
  };
  const keep = option(args, '--keep');
  if (keep !== undefined && existsSync(keep)) throw new Error(`${keep} exists; --keep wants a new file`);

  const opened = performance.now();
  const dataset = openDataset({ setting });
  const server = await startSimulatorServer({ dataset, dialect: 'cdm-api' });
  const serveSeconds = (performance.now() - opened) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-bench-scope-'));
  try {
    const companies = dataset.companies();
    if (size > companies.length) throw new Error(`${setting} has only ${companies.length} companies`);
    const prng = createPrng(seed, 'bench-portfolio');
    const chosen = new Map<number, readonly string[]>();
    while (chosen.size < size) {
      const company = companies[prng.int(companies.length)];
      if (company !== undefined) chosen.set(company.companyId, company.ibans);
    }
    const scope = [...chosen.keys()].sort((a, b) => a - b);
    const filters = partyFilters([...chosen.values()].flat());
    const dbPath = keep ?? join(dir, 'scoped.sqlite');
    const first = await syncInChild({ dbPath, url: server.url, dialect: 'cdm-api', scope, tuning });
    const refresh = await syncInChild({ dbPath, url: server.url, dialect: 'cdm-api', scope, tuning });
    const ceiling = await fetchCeiling(server.url, filters, connections);
    const mb = fileMb(dbPath);
    const lines = [
      `scoped sync benchmark: setting ${setting}, ${size} companies (seed ${seed}), ${filters.length} party filters per stream, ${connections} connections, Node ${process.versions.node}`,
      `simulator ready  ${serveSeconds.toFixed(1)} s (open cache + start server)`,
      `first sync       ${first.seconds.toFixed(1)} s wall, ${first.cpuSeconds.toFixed(1)} s cpu, peak RSS ${first.peakRssMb.toFixed(0)} MB, ${String(first.summary.records)} records fetched, ${String(first.summary.inserted)} stored, database ${mb.toFixed(1)} MB`,
      `refresh (no new) ${refresh.seconds.toFixed(2)} s wall, ${String(refresh.summary.records)} records, ${String(refresh.summary.inserted)} new`,
      `ceiling fetch+parse of the same filters ${ceiling.seconds.toFixed(1)} s (${String(ceiling.records)} records)`,
      `sync / ceiling   ${(ceiling.seconds / first.seconds).toFixed(2)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.close();
    dataset.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Generates a whole data set into a cache file: the world, then both sources day by day, written
 * in transactions of a few weeks. Tracks counts per kind and each company's balance (for the
 * exposer's reported balance) on the way, so no second pass is needed.
 */
import { paymentStreams, type PaymentStream } from '../../../shared/domain';
import { CacheWriter } from '../cache/writer';
import type { CorruptionRates, IdKind } from '../model';
import { seedRates } from '../rates';
import { dayCount } from './calendar';
import { KIND, kindNames, type GenRecord } from './gen-record';
import { collectGarbage } from './heap-trim';
import { planSource, SourceStream } from './stream';
import { buildWorld, type World } from './world';

export interface BuildOptions {
  readonly file: string;
  readonly seed: number;
  readonly idKind: IdKind;
  readonly rates: CorruptionRates;
  readonly sizes: { readonly companies: number; readonly sepa: number; readonly swift: number };
  readonly meta: Record<string, string>;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Record counts per source and stored kind code (index = code of gen-record's kindNames). */
export type KindCounts = Record<PaymentStream, number[]>;

const eurFactor = new Map(
  seedRates.map((rate) => [rate.currency, rate.currency === 'EUR' ? 1 : rate.eurRate]),
);

class BalanceTracker {
  private readonly balances: Float64Array;
  constructor(private readonly world: World) {
    this.balances = new Float64Array(world.companies.length);
  }
  add(record: GenRecord): void {
    if ((record.kind !== KIND.clean && record.kind !== KIND.strictIbanWarning) || record.cents === null)
      return;
    const euros = (record.cents / 100) * (eurFactor.get(record.currency) ?? 0);
    const from = this.world.ownerOf[record.payer] ?? -1;
    const to = this.world.ownerOf[record.beneficiary] ?? -1;
    if (from >= 0) this.balances[from] = (this.balances[from] ?? 0) - euros;
    if (to >= 0) this.balances[to] = (this.balances[to] ?? 0) + euros;
  }
  reported(index: number): number {
    return Math.round(this.balances[index] ?? 0);
  }
}

export function buildCache(options: BuildOptions): KindCounts {
  const world = buildWorld(options.seed, options.sizes.companies);
  const streams = paymentStreams.map(
    (source) =>
      [
        source,
        new SourceStream(options.seed, world, planSource(source, options.sizes[source], options.rates)),
      ] as const,
  );
  const counts: KindCounts = { sepa: kindNames.map(() => 0), swift: kindNames.map(() => 0) };
  const balances = new BalanceTracker(world);
  const total = options.sizes.sepa + options.sizes.swift;
  let done = 0;
  const writer = new CacheWriter(options.file, options.idKind);
  try {
    const daysPerTransaction = 16;
    for (let first = 0; first < dayCount; first += daysPerTransaction) {
      writer.batch(() => {
        for (let day = first; day < Math.min(dayCount, first + daysPerTransaction); day += 1) {
          for (const [source, stream] of streams) {
            const records = stream.day(day);
            const perKind = counts[source];
            for (const record of records) {
              perKind[record.kind] = (perKind[record.kind] ?? 0) + 1;
              balances.add(record);
            }
            writer.writeRecords(source, records);
            done += records.filter((r) => r.kind === KIND.clean || r.kind === KIND.strictIbanWarning).length;
          }
        }
      });
      if (first % 64 === 0) collectGarbage();
      options.onProgress?.(done, total);
    }
    const companies = world.companies.map((company, index) => ({
      companyId: company.companyId,
      name: company.name,
      address: company.address,
      accounts: company.accounts,
      reportedBalance: balances.reported(index),
    }));
    writer.finish(world.ibans.list, companies, seedRates, {
      ...options.meta,
      counts: JSON.stringify(counts),
    });
  } catch (cause) {
    writer.abandon();
    throw cause;
  }
  return counts;
}

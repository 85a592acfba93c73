/**
 * The record stream of a data set: day by day in time order, each day's SEPA and SWIFT records
 * (clean plus corruption) sorted by time with ids and row numbers assigned. Only one day is held
 * in memory at a time, which is what lets `large` and `mega` generate within a laptop's memory.
 */
import type { PaymentStream } from '../../../shared/domain';
import type { CorruptionRates } from '../model';
import { createPrng, type Prng } from '../prng';
import { dailyCounts, dayCount, dayStartMs } from './calendar';
import { cleanDay } from './clean-day';
import { corruptDay, type DayCorruption } from './corrupt-day';
import type { GenRecord } from './gen-record';
import { allocate } from './pick';
import type { World } from './world';

export interface SourcePlan {
  readonly source: PaymentStream;
  readonly clean: readonly number[];
  readonly corruption: readonly DayCorruption[];
}

/** Per-day clean counts and per-day corruption counts (each kind's total = round(rate × clean)). */
export function planSource(source: PaymentStream, total: number, rates: CorruptionRates): SourcePlan {
  const clean = dailyCounts(total);
  const swiftOnly = (rate: number): number => (source === 'swift' ? rate : 0);
  const spread = (rate: number): number[] => allocate(Math.round(rate * total), clean);
  const batch = spread(rates.batchPayment);
  const invalidIban = spread(swiftOnly(rates.invalidIban));
  const invalidCurrency = spread(swiftOnly(rates.invalidCurrency));
  const malformed = spread(rates.malformed);
  const duplicate = spread(rates.duplicate);
  const strict = spread(swiftOnly(rates.strictIbanWarning));
  const corruption = clean.map((_, day) => ({
    batchPayment: batch[day] ?? 0,
    invalidIban: invalidIban[day] ?? 0,
    invalidCurrency: invalidCurrency[day] ?? 0,
    malformed: malformed[day] ?? 0,
    duplicate: duplicate[day] ?? 0,
    strictIbanWarning: strict[day] ?? 0,
  }));
  return { source, clean, corruption };
}

function byTimeThenGroup(a: GenRecord, b: GenRecord): number {
  return a.tsMs - b.tsMs || a.tag - b.tag || a.member - b.member;
}

/** Generates one source's days in order; ids and row numbers continue across days. */
export class SourceStream {
  private readonly cleanPrng: Prng;
  private readonly corruptPrng: Prng;
  private lastId = 0;
  private lastSeq = 0;

  constructor(
    seed: number,
    private readonly world: World,
    private readonly plan: SourcePlan,
  ) {
    this.cleanPrng = createPrng(seed, `clean-${plan.source}`);
    this.corruptPrng = createPrng(seed, `corrupt-${plan.source}`);
  }

  day(dayIndex: number): GenRecord[] {
    const count = this.plan.clean[dayIndex] ?? 0;
    const clean = cleanDay(this.cleanPrng, this.world, this.plan.source, dayStartMs(dayIndex), count);
    const corruption = this.plan.corruption[dayIndex];
    const records =
      corruption === undefined
        ? clean
        : corruptDay(this.corruptPrng, this.world, this.plan.source, clean, corruption);
    records.sort(byTimeThenGroup);
    let previousTag = -1;
    let previousTs = -1;
    for (const record of records) {
      if (record.tag !== previousTag || record.tsMs !== previousTs) this.lastId += 1;
      previousTag = record.tag;
      previousTs = record.tsMs;
      record.idNum = this.lastId;
      this.lastSeq += 1;
      record.seq = this.lastSeq;
    }
    return records;
  }
}

export { dayCount };

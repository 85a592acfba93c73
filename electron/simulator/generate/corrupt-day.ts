/**
 * Corruption of one day of one source, on top of its clean records. Strict-IBAN warnings turn
 * chosen clean SWIFT records' counterparties into check-digit failures (the records stay clean);
 * every other kind ADDS records built from a clean template, so the clean count stays exact. Each
 * added record gets its own tag (hence its own id) except duplicates, which copy their template's,
 * so no two dirty records share an identity and kinds never overlap.
 */
import type { PaymentStream } from '../../../shared/domain';
import type { Prng } from '../prng';
import { KIND, type GenRecord } from './gen-record';
import { sampleDistinct } from './pick';
import type { World } from './world';

export interface DayCorruption {
  readonly batchPayment: number;
  readonly invalidIban: number;
  readonly invalidCurrency: number;
  readonly malformed: number;
  readonly duplicate: number;
  readonly strictIbanWarning: number;
}

function withCounterparty(record: GenRecord, iban: number): GenRecord {
  return record.foreignSide === 1 ? { ...record, payer: iban } : { ...record, beneficiary: iban };
}

/** Distinct positive amounts around the template's, in whole units for JPY. */
function batchAmounts(prng: Prng, template: GenRecord, members: number): number[] {
  const unit = template.currency === 'JPY' ? 100 : 1;
  const base = Math.max(1, Math.round((template.cents ?? 100) / unit));
  const amounts = new Set<number>();
  while (amounts.size < members) {
    let units = Math.max(1, Math.round(base * (0.2 + prng.next() * 1.6)));
    while (amounts.has(units)) units += 1;
    amounts.add(units);
  }
  return [...amounts].map((units) => units * unit);
}

function malformed(prng: Prng, template: GenRecord): GenRecord {
  const variant = prng.int(5);
  const copy = { ...template, kind: KIND.malformed };
  if (variant === 0) return { ...copy, cents: null };
  if (variant === 1) return { ...copy, cents: 0 };
  if (variant === 2) return { ...copy, cents: -Math.abs(template.cents ?? 500) };
  if (variant === 3) {
    const at = new Date(template.tsMs).toISOString();
    return { ...copy, time: `${at.slice(0, 4)}-02-30T${at.slice(11, 19)}Z` };
  }
  return { ...copy, time: 'not-a-time' };
}

export function corruptDay(
  prng: Prng,
  world: World,
  source: PaymentStream,
  clean: GenRecord[],
  counts: DayCorruption,
): GenRecord[] {
  const out = [...clean];
  const indices = clean.map((_, i) => i);
  if (source === 'swift') {
    for (const i of sampleDistinct(prng, indices, counts.strictIbanWarning)) {
      const record = clean[i];
      if (record === undefined) continue;
      const foreign = world.ibans.get(record.foreignSide === 1 ? record.payer : record.beneficiary);
      const pool = world.strictPool.get(foreign.slice(0, 2)) ?? [];
      const strict = pool[prng.int(pool.length)];
      if (strict === undefined) continue;
      out[i] = { ...withCounterparty(record, strict), kind: KIND.strictIbanWarning };
    }
  }
  // Templates come from plain clean records; only a day whose every record carries a strict
  // warning (tiny custom sizes) falls back to those, so the configured counts stay exact.
  const plain = indices.filter((i) => out[i]?.kind === KIND.clean);
  const eligible = plain.length > 0 ? plain : indices;
  if (eligible.length === 0) return out;
  const template = (): GenRecord => out[eligible[prng.int(eligible.length)] ?? 0] ?? (clean[0] as GenRecord);
  let nextTag = clean.length;
  for (const i of sampleDistinct(prng, eligible, counts.duplicate)) {
    const record = out[i];
    if (record !== undefined) out.push({ ...record, kind: KIND.duplicate, member: 1 });
  }
  for (let g = 0; g < counts.batchPayment; g += 1) {
    const base = template();
    const tag = nextTag++;
    batchAmounts(prng, base, 2 + prng.int(3)).forEach((cents, member) => {
      out.push({ ...base, cents, kind: KIND.batchPayment, tag, member });
    });
  }
  if (source === 'swift') {
    for (let n = 0; n < counts.invalidIban; n += 1) {
      const invalid = world.invalidPool[prng.int(world.invalidPool.length)] ?? 0;
      out.push({
        ...withCounterparty(template(), invalid),
        kind: KIND.invalidIban,
        tag: nextTag++,
        member: 0,
      });
    }
    for (let n = 0; n < counts.invalidCurrency; n += 1) {
      out.push({ ...template(), currency: 'SGP', kind: KIND.invalidCurrency, tag: nextTag++, member: 0 });
    }
  }
  for (let n = 0; n < counts.malformed; n += 1) {
    out.push({ ...malformed(prng, template()), tag: nextTag++, member: 0 });
  }
  return out;
}

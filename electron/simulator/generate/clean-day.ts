/**
 * Clean records of one UTC day of one source: business-hour timestamps, company parties picked by
 * activity, realistic amounts per currency. SEPA moves EUR between company accounts; SWIFT moves
 * many currencies between a company account and a foreign IBAN from the world pool.
 */
import type { PaymentStream } from '../../../shared/domain';
import type { Prng } from '../prng';
import { KIND, type GenRecord } from './gen-record';
import type { World } from './world';

/** SWIFT currencies (all in the rate table) with their weights and a rough unit per euro. */
const swiftCurrencies: readonly { code: string; weight: number; perEuro: number; whole: boolean }[] = [
  { code: 'EUR', weight: 30, perEuro: 1, whole: false },
  { code: 'USD', weight: 30, perEuro: 1.1, whole: false },
  { code: 'GBP', weight: 15, perEuro: 0.85, whole: false },
  { code: 'JPY', weight: 8, perEuro: 150, whole: true },
  { code: 'NOK', weight: 7, perEuro: 11, whole: false },
  { code: 'PLN', weight: 10, perEuro: 4.5, whole: false },
];
const currencyWeightTotal = swiftCurrencies.reduce((sum, c) => sum + c.weight, 0);

/** Euro cents: mostly hundreds to tens of thousands of euros, a long tail of large payments. */
function euroCents(prng: Prng): number {
  const r = prng.next();
  const [lo, hi] =
    r < 0.15
      ? [100, 10_000]
      : r < 0.5
        ? [10_000, 100_000]
        : r < 0.82
          ? [100_000, 1_000_000]
          : r < 0.96
            ? [1_000_000, 10_000_000]
            : [10_000_000, 100_000_000];
  const cents = lo + prng.int(hi - lo);
  return prng.chance(0.2) ? Math.max(100, cents - (cents % 100)) : cents;
}

/** Milliseconds into the day plus the served text when it carries a fraction. */
function timeOfDay(prng: Prng, dayStartMs: number): { tsMs: number; time: string | null } {
  const seconds = prng.chance(0.88) ? 8 * 3600 + prng.int(10 * 3600) : prng.int(24 * 3600);
  const base = dayStartMs + seconds * 1000;
  const style = prng.next();
  if (style < 0.85) return { tsMs: base, time: null };
  const whole = new Date(base).toISOString().slice(0, 19);
  if (style < 0.95) {
    const centis = prng.int(100);
    return { tsMs: base + centis * 10, time: `${whole}.${String(centis).padStart(2, '0')}Z` };
  }
  const micros = prng.int(1_000_000);
  return { tsMs: base + Math.floor(micros / 1000), time: `${whole}.${String(micros).padStart(6, '0')}Z` };
}

function account(prng: Prng, world: World, companyIndex: number): number {
  const accounts = world.companies[companyIndex]?.accounts ?? [];
  return accounts[prng.int(accounts.length)] ?? 0;
}

function sepaParties(prng: Prng, world: World): { payer: number; beneficiary: number } {
  const payerCompany = world.payerPick.pick(prng);
  const payer = account(prng, world, payerCompany);
  const own = world.companies[payerCompany]?.accounts ?? [];
  if (own.length > 1 && prng.chance(0.03)) {
    const others = own.filter((a) => a !== payer);
    return { payer, beneficiary: others[prng.int(others.length)] ?? payer };
  }
  for (;;) {
    const beneficiary = account(prng, world, world.partyPick.pick(prng));
    if (beneficiary !== payer) return { payer, beneficiary };
  }
}

function swiftCurrency(prng: Prng): (typeof swiftCurrencies)[number] {
  let target = prng.next() * currencyWeightTotal;
  for (const currency of swiftCurrencies) {
    target -= currency.weight;
    if (target < 0) return currency;
  }
  return swiftCurrencies[0] ?? { code: 'EUR', weight: 1, perEuro: 1, whole: false };
}

export function cleanDay(
  prng: Prng,
  world: World,
  source: PaymentStream,
  dayStartMs: number,
  count: number,
): GenRecord[] {
  const records: GenRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const { tsMs, time } = timeOfDay(prng, dayStartMs);
    let payer: number;
    let beneficiary: number;
    let currency = 'EUR';
    let cents = euroCents(prng);
    let foreignSide = 0;
    if (source === 'sepa') {
      ({ payer, beneficiary } = sepaParties(prng, world));
    } else {
      const companyIndex = world.partyPick.pick(prng);
      const own = account(prng, world, companyIndex);
      const foreign = world.worldPool[prng.int(world.worldPool.length)] ?? 0;
      const inflow = prng.chance(world.companies[companyIndex]?.spender === true ? 0.2 : 0.55);
      payer = inflow ? foreign : own;
      beneficiary = inflow ? own : foreign;
      foreignSide = inflow ? 1 : 2;
      const chosen = swiftCurrency(prng);
      currency = chosen.code;
      cents = chosen.whole
        ? Math.max(1, Math.round((cents * chosen.perEuro) / 100)) * 100
        : Math.max(1, Math.round(cents * chosen.perEuro));
    }
    records.push({
      tsMs,
      time,
      payer,
      beneficiary,
      cents,
      currency,
      kind: KIND.clean,
      foreignSide,
      tag: i,
      member: 0,
      idNum: 0,
      seq: 0,
    });
  }
  return records;
}

/**
 * The ground truth's own reading of the rate table (docs/domain.md "Money and currency"), written
 * apart from the app's conversion code and in exact arithmetic: every factor is a fraction of
 * big integers, so sums and the final rounding to cents carry no floating-point error.
 *
 * The reading: each column is "multiply" (target per unit) or "divide" (units per target). Of the
 * four readings, the one whose rows (ISO codes other than EUR and USD) imply the most uniform
 * EUR-per-USD rates wins (smallest max/min ratio); a tie between a reading and its mirror image goes
 * to the one where no unit is worth more than 10 of the target, then to more "multiply". Into EUR,
 * USD converts with the USD row (into USD, EUR with the EUR row) when that row's identity cell is 1
 * and it is within 10 % of the rows' median cross rate; otherwise through the median itself.
 */
import { isIsoCurrency } from '../../../shared/rules/currency';
import type { SimRate } from '../model';

/** A non-negative fraction `num / den` (den > 0). */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Rates in the table have at most 6 decimals: scaled by 1e6 they are exact integers. */
const scale = 1_000_000n;

function fraction(value: number): Fraction {
  return { num: BigInt(Math.round(value * 1e6)), den: scale };
}

function invert(f: Fraction): Fraction {
  return { num: f.den, den: f.num };
}

function times(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

function asNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

type Reading = 'multiply' | 'divide';

function unit(cell: number, reading: Reading): Fraction {
  return reading === 'multiply' ? fraction(cell) : invert(fraction(cell));
}

export interface ExactRates {
  /** Factor from a currency into EUR / USD, or undefined when none exists. */
  readonly eur: ReadonlyMap<string, Fraction>;
  readonly usd: ReadonlyMap<string, Fraction>;
  readonly eurReading: Reading;
  readonly usdReading: Reading;
  /** EUR per USD. */
  readonly eurPerUsd: Fraction;
}

export function exactRates(table: readonly SimRate[]): ExactRates {
  const rows = table.filter(
    (r) =>
      r.currency !== 'EUR' &&
      r.currency !== 'USD' &&
      isIsoCurrency(r.currency) &&
      r.eurRate > 0 &&
      r.usdRate > 0,
  );
  const readings: [Reading, Reading][] = [
    ['multiply', 'multiply'],
    ['multiply', 'divide'],
    ['divide', 'multiply'],
    ['divide', 'divide'],
  ];
  const judged = readings.map(([e, u]) => {
    const implied = rows.map((r) => asNumber(times(unit(r.eurRate, e), invert(unit(r.usdRate, u)))));
    const ratio = implied.length === 0 ? 1 : Math.max(...implied) / Math.min(...implied);
    const tooDear = rows.filter(
      (r) => asNumber(unit(r.eurRate, e)) > 10 || asNumber(unit(r.usdRate, u)) > 10,
    ).length;
    const multiplies = (e === 'multiply' ? 1 : 0) + (u === 'multiply' ? 1 : 0);
    return { e, u, ratio: Number(ratio.toPrecision(9)), tooDear, multiplies };
  });
  judged.sort((a, b) => a.ratio - b.ratio || a.tooDear - b.tooDear || b.multiplies - a.multiplies);
  const best = judged[0];
  const eurReading = best?.e ?? 'multiply';
  const usdReading = best?.u ?? 'multiply';

  // Median of the implied EUR-per-USD rates, exactly: sort by value, average the middle two.
  const implied = rows
    .map((r) => times(unit(r.eurRate, eurReading), invert(unit(r.usdRate, usdReading))))
    .sort((a, b) => asNumber(a) - asNumber(b));
  const middle = Math.floor(implied.length / 2);
  const upper = implied[middle];
  const lower = implied[middle - 1];
  let median: Fraction | undefined = upper;
  if (implied.length % 2 === 0 && upper !== undefined && lower !== undefined)
    median = { num: lower.num * upper.den + upper.num * lower.den, den: 2n * lower.den * upper.den };

  const row = (currency: string) => table.find((r) => r.currency === currency);
  const near = (candidate: Fraction) =>
    median === undefined ||
    Math.max(asNumber(candidate), asNumber(median)) / Math.min(asNumber(candidate), asNumber(median)) <= 1.1;
  let eurPerUsd = median;
  const usdRow = row('USD');
  const eurRow = row('EUR');
  if (
    usdRow !== undefined &&
    usdRow.usdRate === 1 &&
    usdRow.eurRate > 0 &&
    near(unit(usdRow.eurRate, eurReading))
  )
    eurPerUsd = unit(usdRow.eurRate, eurReading);
  else if (
    eurRow !== undefined &&
    eurRow.eurRate === 1 &&
    eurRow.usdRate > 0 &&
    near(invert(unit(eurRow.usdRate, usdReading)))
  )
    eurPerUsd = invert(unit(eurRow.usdRate, usdReading));
  if (eurPerUsd === undefined) throw new Error('the rate table gives no EUR↔USD rate');

  const eur = new Map<string, Fraction>([
    ['EUR', { num: 1n, den: 1n }],
    ['USD', eurPerUsd],
  ]);
  const usd = new Map<string, Fraction>([
    ['USD', { num: 1n, den: 1n }],
    ['EUR', invert(eurPerUsd)],
  ]);
  for (const r of table) {
    if (r.currency === 'EUR' || r.currency === 'USD') continue;
    if (r.eurRate > 0) eur.set(r.currency, unit(r.eurRate, eurReading));
    if (r.usdRate > 0) usd.set(r.currency, unit(r.usdRate, usdReading));
  }
  return { eur, usd, eurReading, usdReading, eurPerUsd };
}

/** Σ cents × factor over currencies, as an exact fraction of reporting-currency cents. */
export function exactSum(
  cents: ReadonlyMap<string, number>,
  factors: ReadonlyMap<string, Fraction>,
): Fraction {
  let num = 0n;
  let den = 1n;
  for (const [currency, value] of cents) {
    const factor = factors.get(currency);
    if (factor === undefined || value === 0) continue;
    num = num * factor.den + BigInt(value) * factor.num * den;
    den = den * factor.den;
    const divisor = gcd(num < 0n ? -num : num, den);
    if (divisor > 1n) {
      num /= divisor;
      den /= divisor;
    }
  }
  return { num, den };
}

export function addExact(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** Exact cents to a figure in units, rounding half away from zero. */
export function exactToAmount(value: Fraction): number {
  const negative = value.num < 0n;
  const magnitude = negative ? -value.num : value.num;
  const cents = (2n * magnitude + value.den) / (2n * value.den);
  const amount = Number(cents) / 100;
  return negative && amount !== 0 ? -amount : amount;
}

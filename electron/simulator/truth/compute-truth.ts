/**
 * Computes the ground truth by its own streaming pass over a data set, using only the generator's
 * labels of which records are clean. Deliberately independent of the app's analytics, database and
 * sync code: integer-cent sums per account and currency, converted and rounded only at the end.
 * Streams month by month, so memory holds balances and one quarter of country totals, not records.
 */
import type { TransactionSource } from '../../../shared/domain';
import { countsFromKinds } from '../dataset-counts';
import { KIND } from '../generate/gen-record';
import type { SimCorruption, SimDataset, SimRate, SimTransaction } from '../model';
import { quarters, type CompanyTruth, type CountryTruth, type GroundTruth } from './ground-truth';

type Cents = Map<string, number>;

interface CountryAcc {
  readonly inflow: Cents;
  readonly outflow: Cents;
  count: number;
}

const kindCode: Readonly<Record<SimCorruption, number>> = {
  'batch-payment': KIND.batchPayment,
  'invalid-iban': KIND.invalidIban,
  'invalid-currency': KIND.invalidCurrency,
  malformed: KIND.malformed,
  duplicate: KIND.duplicate,
  'strict-iban-warning': KIND.strictIbanWarning,
};

function add(cents: Cents, currency: string, value: number): void {
  cents.set(currency, (cents.get(currency) ?? 0) + value);
}

/**
 * Exact money: amounts in units of 1e-8 of the reporting currency (integer cents × the rate scaled
 * by 1e6; the seed's rates have at most 4 decimals), so sums and the final rounding to cents are
 * exact decimal arithmetic, independent of floating-point noise at half-cent ties.
 */
type Exact = bigint;
const rateScale = 1_000_000;
const unitsPerCent = 1_000_000n;

/** Σ amount × factor (1 for the reporting currency itself, else the table's column for it). */
function convert(cents: Cents, rates: readonly SimRate[], into: 'EUR' | 'USD'): Exact {
  let total = 0n;
  for (const [currency, value] of cents) {
    const rate = rates.find((r) => r.currency === currency);
    const factor = currency === into ? 1 : into === 'EUR' ? rate?.eurRate : rate?.usdRate;
    if (factor !== undefined) total += BigInt(value) * BigInt(Math.round(factor * rateScale));
  }
  return total;
}

/** Exact units to a figure in cents, rounding half away from zero. */
function exactToAmount(units: Exact): number {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const cents = (magnitude + unitsPerCent / 2n) / unitsPerCent;
  const amount = Number(cents) / 100;
  return negative && amount !== 0 ? -amount : amount;
}

export function computeTruth(dataset: SimDataset): GroundTruth {
  const rates = [...dataset.rates()];
  const companies = dataset.companies();
  const owner = new Map<string, { company: number; account: number }>();
  const balances: Cents[][] = companies.map((company, c) =>
    company.ibans.map((iban, a) => {
      owner.set(iban, { company: c, account: a });
      return new Map<string, number>();
    }),
  );
  const periods = quarters();
  const results: CompanyTruth[] = companies.map((company) => ({
    companyId: company.companyId,
    accounts: company.ibans.map((iban) => ({ iban, eur: [], usd: [] })),
    eur: { balance: [], debt: [], credit: [] },
    usd: { balance: [], debt: [], credit: [] },
    countries: [],
  }));
  const kinds: Record<TransactionSource, number[]> = {
    sepa: [0, 0, 0, 0, 0, 0, 0],
    swift: [0, 0, 0, 0, 0, 0, 0],
  };

  for (const quarter of periods) {
    const countries = companies.map(() => new Map<string, CountryAcc>());
    const side = (company: number, country: string): CountryAcc => {
      const map = countries[company] ?? new Map<string, CountryAcc>();
      let acc = map.get(country);
      if (acc === undefined) {
        acc = { inflow: new Map(), outflow: new Map(), count: 0 };
        map.set(country, acc);
      }
      return acc;
    };
    const apply = (record: SimTransaction): void => {
      const code = record.corruption === null ? KIND.clean : kindCode[record.corruption];
      const perKind = kinds[record.source];
      perKind[code] = (perKind[code] ?? 0) + 1;
      if (code !== KIND.clean && code !== KIND.strictIbanWarning) return;
      const cents = Math.round((record.amount ?? 0) * 100);
      const from = owner.get(record.payer);
      const to = owner.get(record.beneficiary);
      if (from !== undefined) {
        const account = balances[from.company]?.[from.account];
        if (account !== undefined) add(account, record.currency, -cents);
        const acc = side(from.company, record.beneficiary.slice(0, 2));
        add(acc.outflow, record.currency, cents);
        acc.count += 1;
      }
      if (to !== undefined) {
        const account = balances[to.company]?.[to.account];
        if (account !== undefined) add(account, record.currency, cents);
        const acc = side(to.company, record.payer.slice(0, 2));
        add(acc.inflow, record.currency, cents);
        acc.count += 1;
      }
    };
    for (let month = 0; month < 3; month += 1) {
      const start = new Date(quarter.startMs);
      const fromMs = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month, 1);
      const toMs = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month + 1, 1);
      for (const source of ['sepa', 'swift'] as const) dataset.window(source, fromMs, toMs).forEach(apply);
    }
    results.forEach((result, c) => {
      for (const into of ['EUR', 'USD'] as const) {
        const series = into === 'EUR' ? result.eur : result.usd;
        let balance = 0n;
        let debt = 0n;
        let credit = 0n;
        (balances[c] ?? []).forEach((cents, a) => {
          const value = convert(cents, rates, into);
          result.accounts[a]?.[into === 'EUR' ? 'eur' : 'usd'].push(exactToAmount(value));
          balance += value;
          if (value < 0n) debt -= value;
          else credit += value;
        });
        series.balance.push(exactToAmount(balance));
        series.debt.push(exactToAmount(debt));
        series.credit.push(exactToAmount(credit));
      }
      const list: CountryTruth[] = [...(countries[c] ?? new Map<string, CountryAcc>()).entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([country, acc]) => ({
          country,
          inflow: exactToAmount(convert(acc.inflow, rates, 'EUR')),
          outflow: exactToAmount(convert(acc.outflow, rates, 'EUR')),
          count: acc.count,
        }));
      result.countries.push({ quarter: quarter.label, countries: list });
    });
  }
  return {
    setting: dataset.setting,
    seed: dataset.seed,
    quarterEnds: periods.map((q) => q.lastDay),
    rates,
    counts: countsFromKinds(kinds),
    companies: results,
  };
}

/**
 * Computes the ground truth by its own streaming pass over a data set, using only the generator's
 * labels of which records are clean. Deliberately independent of the app's analytics, database and
 * sync code: integer-cent sums per account and currency, converted exactly (exact-rates.ts) and
 * rounded only at the end. Company-level flows and countries leave out transfers between a
 * company's own accounts (docs/domain.md "Balances"). Streams month by month, so memory holds
 * balances and one quarter of country totals, not records.
 */
import type { PaymentStream } from '../../../shared/domain';
import { countsFromKinds } from '../dataset-counts';
import { KIND } from '../generate/gen-record';
import type { SimCorruption, SimDataset, SimTransaction } from '../model';
import { addExact, exactRates, exactSum, exactToAmount, type Fraction } from './exact-rates';
import { quarters, type CompanyTruth, type CountryTruth, type GroundTruth } from './ground-truth';

type Cents = Map<string, number>;

interface CountryAcc {
  readonly inflow: Cents;
  readonly outflow: Cents;
  count: number;
}

interface FlowAcc {
  readonly inflow: Cents;
  readonly outflow: Cents;
  count: number;
  internal: number;
}

const kindCode: Readonly<Record<SimCorruption, number>> = {
  'batch-payment': KIND.batchPayment,
  'invalid-iban': KIND.invalidIban,
  'invalid-currency': KIND.invalidCurrency,
  malformed: KIND.malformed,
  duplicate: KIND.duplicate,
  'strict-iban-warning': KIND.strictIbanWarning,
};

const msPerDay = 86_400_000;

function add(cents: Cents, currency: string, value: number): void {
  cents.set(currency, (cents.get(currency) ?? 0) + value);
}

export function computeTruth(dataset: SimDataset): GroundTruth {
  const rates = [...dataset.rates()];
  const exact = exactRates(rates);
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
    flows: [],
  }));
  const kinds: Record<PaymentStream, number[]> = {
    sepa: [0, 0, 0, 0, 0, 0, 0],
    swift: [0, 0, 0, 0, 0, 0, 0],
  };
  let firstMs = Infinity;
  let lastMs = -Infinity;

  for (const quarter of periods) {
    const countries = companies.map(() => new Map<string, CountryAcc>());
    const flows: FlowAcc[] = companies.map(() => ({
      inflow: new Map(),
      outflow: new Map(),
      count: 0,
      internal: 0,
    }));
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
      firstMs = Math.min(firstMs, record.tsMs);
      lastMs = Math.max(lastMs, record.tsMs);
      const cents = Math.round((record.amount ?? 0) * 100);
      const from = owner.get(record.payer);
      const to = owner.get(record.beneficiary);
      if (from !== undefined) {
        const account = balances[from.company]?.[from.account];
        if (account !== undefined) add(account, record.currency, -cents);
      }
      if (to !== undefined) {
        const account = balances[to.company]?.[to.account];
        if (account !== undefined) add(account, record.currency, cents);
      }
      // Between two accounts of one company: the balances moved, the company's cash flow did not.
      if (from !== undefined && to !== undefined && from.company === to.company) {
        const flow = flows[from.company];
        if (flow !== undefined) flow.internal += 1;
        return;
      }
      if (from !== undefined) {
        const acc = side(from.company, record.beneficiary.slice(0, 2));
        add(acc.outflow, record.currency, cents);
        acc.count += 1;
        const flow = flows[from.company];
        if (flow !== undefined) {
          add(flow.outflow, record.currency, cents);
          flow.count += 1;
        }
      }
      if (to !== undefined) {
        const acc = side(to.company, record.payer.slice(0, 2));
        add(acc.inflow, record.currency, cents);
        acc.count += 1;
        const flow = flows[to.company];
        if (flow !== undefined) {
          add(flow.inflow, record.currency, cents);
          flow.count += 1;
        }
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
        const factors = into === 'EUR' ? exact.eur : exact.usd;
        let balance: Fraction = { num: 0n, den: 1n };
        let debt: Fraction = { num: 0n, den: 1n };
        let credit: Fraction = { num: 0n, den: 1n };
        (balances[c] ?? []).forEach((cents, a) => {
          const value = exactSum(cents, factors);
          result.accounts[a]?.[into === 'EUR' ? 'eur' : 'usd'].push(exactToAmount(value));
          balance = addExact(balance, value);
          if (value.num < 0n) debt = addExact(debt, { num: -value.num, den: value.den });
          else credit = addExact(credit, value);
        });
        series.balance.push(exactToAmount(balance));
        series.debt.push(exactToAmount(debt));
        series.credit.push(exactToAmount(credit));
      }
      const list: CountryTruth[] = [...(countries[c] ?? new Map<string, CountryAcc>()).entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([country, acc]) => ({
          country,
          inflow: exactToAmount(exactSum(acc.inflow, exact.eur)),
          outflow: exactToAmount(exactSum(acc.outflow, exact.eur)),
          count: acc.count,
        }));
      result.countries.push({ quarter: quarter.label, countries: list });
      const flow = flows[c];
      result.flows.push({
        quarter: quarter.label,
        inflow: flow === undefined ? 0 : exactToAmount(exactSum(flow.inflow, exact.eur)),
        outflow: flow === undefined ? 0 : exactToAmount(exactSum(flow.outflow, exact.eur)),
        count: flow?.count ?? 0,
        internal: flow?.internal ?? 0,
      });
    });
  }
  const day = (ms: number) => new Date(Math.floor(ms / msPerDay) * msPerDay).toISOString().slice(0, 10);
  return {
    setting: dataset.setting,
    seed: dataset.seed,
    quarterEnds: periods.map((q) => q.lastDay),
    rates,
    reading: {
      eurRate: exact.eurReading,
      usdRate: exact.usdReading,
      eurPerUsd: Number(exact.eurPerUsd.num) / Number(exact.eurPerUsd.den),
    },
    span: Number.isFinite(firstMs) ? { from: day(firstMs), to: day(lastMs) } : { from: '', to: '' },
    counts: countsFromKinds(kinds),
    companies: results,
  };
}

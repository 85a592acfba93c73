/**
 * A deterministic dataset for the query benchmark, written through the real ingest path (classify,
 * ingest with batch detection, aggregates), so the benchmark does not wait for a synced database.
 * Companies draw their activity from a skewed distribution, so the busiest twenty are much busier
 * than the median, as in the simulator's settings. Four years of data, seven currencies.
 */
import { faker } from '@faker-js/faker';
import type { WritableDb } from '../../electron/db/connection';
import { createTransactionIngester } from '../../electron/db/mutations/ingest-transactions';
import { replaceRates, upsertCompanies } from '../../electron/db/mutations/reference-data';
import { loadAccountOwners } from '../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../electron/sync/classify';
import { dayFromIso, isoFromDay } from '../../shared/days';
import type { Company, RawTransaction } from '../../shared/domain';
import { seededRandom } from '../../electron/simulator/prng';

export const benchSettings = {
  small: { companies: 100, sepa: 10_000, swift: 100_000 },
  medium: { companies: 1_000, sepa: 100_000, swift: 1_000_000 },
  large: { companies: 10_000, sepa: 1_000_000, swift: 10_000_000 },
} as const;
export type BenchSetting = keyof typeof benchSettings;

export const firstDay = dayFromIso('2019-01-01') ?? 0;
export const lastDay = dayFromIso('2022-12-31') ?? 0;

const prng = seededRandom;

const companyCountries = ['DE', 'NL', 'FR', 'GB', 'IT', 'ES', 'BE', 'AT'];
const foreignCountries = ['US', 'CH', 'NO', 'JP', 'SG', 'PL', 'CN', 'BR', 'IN', 'AU', 'CA', 'ZA'];
const swiftCurrencies = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'NOK', 'PLN'];

function ibanOf(country: string, serial: number): string {
  return `${country}${String(10 + (serial % 89)).padStart(2, '0')}${String(serial).padStart(18, '0')}`;
}

export function benchCompanies(count: number): Company[] {
  faker.seed(20240601);
  const random = prng(1);
  let serial = 1;
  return Array.from({ length: count }, (_, index) => {
    const accounts = 1 + Math.floor(random() * 3);
    return {
      companyId: index + 1,
      name: faker.company.name(),
      address: `${faker.location.streetAddress()}, ${faker.location.city()}`,
      ibans: Array.from({ length: accounts }, () =>
        ibanOf(companyCountries[Math.floor(random() * companyCountries.length)] ?? 'DE', serial++),
      ),
      reportedBalance: null,
    };
  });
}

/** Builds the dataset into `db`; returns the number of records ingested. */
export interface BenchSize {
  readonly companies: number;
  readonly sepa: number;
  readonly swift: number;
}

export function buildBenchDatabase(db: WritableDb, size: BenchSize, log: (line: string) => void): number {
  const companies = benchCompanies(size.companies);
  upsertCompanies(db, companies);
  replaceRates(db, [
    { currency: 'EUR', usdRate: 1.1, eurRate: 1 },
    { currency: 'USD', usdRate: 1, eurRate: 0.91 },
    { currency: 'GBP', usdRate: 1.27, eurRate: 1.16 },
    { currency: 'JPY', usdRate: 0.0068, eurRate: 0.0062 },
    { currency: 'CHF', usdRate: 1.13, eurRate: 1.03 },
    { currency: 'NOK', usdRate: 0.094, eurRate: 0.086 },
    { currency: 'PLN', usdRate: 0.25, eurRate: 0.23 },
  ]);
  const accounts = companies.flatMap((company) => company.ibans);
  const foreign = Array.from({ length: 5000 }, (_, i) =>
    ibanOf(foreignCountries[i % foreignCountries.length] ?? 'US', 900_000 + i),
  );
  const random = prng(7);
  // Skew: account index ~ N * u^3, so low indexes (the busiest companies) get most of the traffic.
  const pickAccount = () => accounts[Math.floor(accounts.length * random() ** 3)] ?? accounts[0] ?? '';
  const ingester = createTransactionIngester(db);
  const owners = loadAccountOwners(db);
  const days = lastDay - firstDay + 1;
  const total = size.sepa + size.swift;
  const perDay = total / days;
  let made = 0;
  let page: RawTransaction[] = [];
  const flush = () => {
    const records = page.map((record) => classifyTransaction(record, { strictIban: false }));
    db.transaction(() => ingester.ingest(records, owners))();
    page = [];
  };
  for (let d = 0; d < days; d += 1) {
    const date = isoFromDay(firstDay + d);
    const target = Math.round(perDay * (d + 1));
    for (; made < target; made += 1) {
      const seconds = Math.floor((86_400 * (made - Math.round(perDay * d))) / Math.max(1, perDay));
      const ts = `${date}T${new Date(Math.min(86_399, seconds) * 1000).toISOString().slice(11, 19)}Z`;
      const amount = Math.round(10_000 * random() ** 2 * 100) / 100 + 1;
      const isSepa = random() < size.sepa / total;
      if (isSepa) {
        page.push({
          source: 'sepa',
          id: String(made),
          payer: pickAccount(),
          beneficiary: pickAccount(),
          amount,
          currency: 'EUR',
          ts,
        });
      } else {
        const other = foreign[Math.floor(random() * foreign.length)] ?? '';
        const outgoing = random() < 0.5;
        const own = pickAccount();
        const currency = swiftCurrencies[Math.floor(random() * swiftCurrencies.length)] ?? 'EUR';
        page.push({
          source: 'swift',
          id: String(made),
          payer: outgoing ? own : other,
          beneficiary: outgoing ? other : own,
          amount,
          currency,
          ts,
        });
      }
      if (page.length >= 5000) flush();
    }
    if (d % 180 === 0)
      log(`  ${date}: ${made.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} records`);
  }
  flush();
  return made;
}

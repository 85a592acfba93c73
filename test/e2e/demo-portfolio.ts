/**
 * A deterministic, realistic-looking portfolio for screenshots: two dozen companies over two and a
 * half years, SEPA between clients and SWIFT with counterparties around the world, some drifting
 * into overdraft. Not used by the tests, whose figures must be checkable by hand (seeded-portfolio.ts).
 */
import type { Company, ExchangeRate, RawTransaction } from '../../shared/domain';
import { seededRandom } from '../../electron/simulator/prng';

const mulberry32 = seededRandom;

const names = [
  'Acme Trading GmbH',
  'Kemp and Sons Ltd',
  'Nordic Timber AS',
  'Bellavista Foods S.p.A.',
  'Rijnhaven Logistics B.V.',
  'Lumière Cosmétiques SA',
  'Danube Steelworks AG',
  'Iberia Solar S.L.',
  'Baltic Amber UAB',
  'Vltava Glass s.r.o.',
  'Helvetia Precision AG',
  'Atlantic Seafood Lda',
  'Alpine Dairy GmbH',
  'Thames Textiles Ltd',
  'Rhône Vineyards SAS',
  'Carpathia Pharma SRL',
  'Adriatic Shipping d.o.o.',
  'Flanders Chocolate NV',
  'Aegean Olive Co. S.A.',
  'Vistula Furniture Sp. z o.o.',
  'Liffey Software Ltd',
  'Saxon Machine Tools GmbH',
  'Bavaria Brewing KG',
  'Loire Aerospace SA',
];
const homeCountries = [
  'DE',
  'GB',
  'NO',
  'IT',
  'NL',
  'FR',
  'AT',
  'ES',
  'LT',
  'CZ',
  'CH',
  'PT',
  'DE',
  'GB',
  'FR',
  'RO',
  'HR',
  'BE',
  'GR',
  'PL',
  'IE',
  'DE',
  'DE',
  'FR',
];
const cities = [
  'Berlin',
  'London',
  'Bergen',
  'Parma',
  'Rotterdam',
  'Lyon',
  'Linz',
  'Seville',
  'Vilnius',
  'Prague',
  'Zurich',
  'Porto',
];
const foreign: readonly [string, string][] = [
  ['US', 'USD'],
  ['US', 'USD'],
  ['CN', 'USD'],
  ['JP', 'JPY'],
  ['BR', 'USD'],
  ['IN', 'USD'],
  ['AU', 'USD'],
  ['ZA', 'USD'],
  ['CA', 'USD'],
  ['MX', 'USD'],
  ['SG', 'USD'],
  ['AE', 'USD'],
  ['TR', 'EUR'],
  ['SE', 'EUR'],
  ['CH', 'CHF'],
  ['GB', 'GBP'],
  ['KR', 'USD'],
  ['EG', 'USD'],
];

export const demoRates: ExchangeRate[] = [
  // Like the assignment's fixture: an identity row that is not 1 and a code that is no currency.
  { currency: 'EUR', usdRate: 1.1, eurRate: 0.92 },
  { currency: 'SGP', usdRate: 1.49, eurRate: 0.78 },
  { currency: 'USD', usdRate: 1, eurRate: 0.91 },
  { currency: 'GBP', usdRate: 1.27, eurRate: 1.17 },
  { currency: 'CHF', usdRate: 1.13, eurRate: 1.03 },
  { currency: 'JPY', usdRate: 0.0067, eurRate: 0.0061 },
];

const firstDay = Date.UTC(2018, 0, 1);
const days = 912;

export function demoPortfolio(seed = 7): { companies: Company[]; transactions: RawTransaction[] } {
  const random = mulberry32(seed);
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const iban = (country: string) => `${country}${digits(2)}${digits(18)}`;
  const companies: Company[] = names.map((name, index) => {
    const country = homeCountries[index] ?? 'DE';
    const accounts = 1 + Math.floor(random() * 3);
    return {
      companyId: 1001 + index,
      name,
      address: `${1 + Math.floor(random() * 120)} Harbour Street, ${cities[index % cities.length] ?? 'Berlin'}`,
      ibans: Array.from({ length: accounts }, (_, k) => iban(k === 2 ? 'NL' : country)),
      reportedBalance: null,
    };
  });
  const partners = foreign.map(([country, currency]) => ({ iban: iban(country), currency }));
  const allAccounts = companies.flatMap((company) => company.ibans);
  const transactions: RawTransaction[] = [];
  let id = 1;
  companies.forEach((company, index) => {
    // Each company has its own size and drift; a few spend more than they earn and end overdrawn.
    const size = 400 + random() * 6000;
    const drift = index % 6 === 1 ? 0.85 : 1.02 + random() * 0.12;
    const partnerSet = partners.filter(() => random() < 0.45);
    for (let day = 0; day < days; day += 1) {
      const weekday = (day + 1) % 7;
      if (weekday >= 5 && random() < 0.8) continue;
      const season = 1 + 0.35 * Math.sin((2 * Math.PI * day) / 365 + index);
      const count = Math.floor(random() * 3);
      for (let n = 0; n < count; n += 1) {
        const own = company.ibans[Math.floor(random() * company.ibans.length)] ?? company.ibans[0] ?? '';
        const ts = new Date(firstDay + day * 86_400_000 + Math.floor(random() * 86_400_000))
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z');
        const amount = Math.round(size * season * (0.3 + random() * 1.4) * 100) / 100;
        const incoming = random() < 0.5;
        const partner = partnerSet[Math.floor(random() * partnerSet.length)];
        if (partner !== undefined && random() < 0.45) {
          transactions.push({
            source: 'swift',
            id: String(id++),
            payer: incoming ? partner.iban : own,
            beneficiary: incoming ? own : partner.iban,
            amount: incoming ? amount * drift : amount,
            currency: partner.currency,
            ts,
          });
        } else {
          const other = allAccounts[Math.floor(random() * allAccounts.length)] ?? own;
          if (other === own) continue;
          transactions.push({
            source: 'sepa',
            id: String(id++),
            payer: incoming ? other : own,
            beneficiary: incoming ? own : other,
            amount: incoming ? Math.round(amount * drift * 100) / 100 : amount,
            currency: 'EUR',
            ts,
          });
        }
      }
    }
  });
  return { companies, transactions: withDirtyRecords(transactions) };
}

/** Sprinkles the kinds of dirty records the data-quality view reports, at fixed positions. */
function withDirtyRecords(clean: readonly RawTransaction[]): RawTransaction[] {
  const result: RawTransaction[] = [];
  clean.forEach((record, index) => {
    if (index % 401 === 7 && record.amount !== null) {
      // A batch payment: a sibling with the same key and another amount; both are excluded.
      result.push(record, { ...record, amount: record.amount + 10 });
    } else if (index % 653 === 11) {
      result.push({ ...record, payer: `XX${(record.payer ?? '').slice(2)}` });
    } else if (index % 911 === 13 && record.source === 'swift') {
      result.push({ ...record, currency: 'SGP' });
    } else {
      result.push(record);
    }
  });
  return result;
}

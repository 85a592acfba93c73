/**
 * A small hand-checkable portfolio for browser tests: two companies, four valid transactions, two
 * dirty ones that must not count, and a rate table chosen so that EUR and USD figures differ.
 *
 * Acme Trading (DE + NL accounts), in EUR: DE 1000 − 300 = 700; NL 200 GBP × 1.17 − 500 USD × 0.91
 * = 234 − 455 = −221; balance 479, debt 221, credit 700. In USD: DE 700 × 1.1 = 770; NL 200 × 1.27
 * − 500 = −246; balance 524, debt 246, credit 770. Counterparty countries: GB, CH, NO.
 * Kemp: −1000 + 300 = −700 (overdrawn). Nordic: +500 USD = €455 (in credit).
 */
import type { Company, ExchangeRate, RawTransaction } from '../../shared/domain';
import { ibans, sepa, swift } from '../helpers/records';

export const acme: Company = {
  companyId: 1,
  name: 'Acme Trading GmbH',
  address: 'Friedrichstraße 12, Berlin',
  ibans: [ibans.acmeDe, ibans.acmeNl],
  reportedBalance: 480,
};

export const kemp: Company = {
  companyId: 2,
  name: 'Kemp and Sons Ltd',
  address: '4 Wharf Road, London',
  ibans: [ibans.kempGb],
  reportedBalance: null,
};

export const nordic: Company = {
  companyId: 3,
  name: 'Nordic Timber AS',
  address: 'Bryggen 3, Bergen',
  ibans: [ibans.foreignNo],
  reportedBalance: null,
};

export const rates: ExchangeRate[] = [
  { currency: 'EUR', usdRate: 1.1, eurRate: 1 },
  { currency: 'USD', usdRate: 1, eurRate: 0.91 },
  { currency: 'GBP', usdRate: 1.27, eurRate: 1.17 },
];

export const transactions: RawTransaction[] = [
  sepa({ id: '1', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 1000, ts: '2020-01-06T09:00:00Z' }),
  swift({
    id: '2',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeNl,
    amount: 200,
    currency: 'GBP',
    ts: '2020-02-03T10:00:00Z',
  }),
  sepa({ id: '3', payer: ibans.acmeDe, beneficiary: ibans.kempGb, amount: 300, ts: '2020-03-02T11:00:00Z' }),
  swift({
    id: '4',
    payer: ibans.acmeNl,
    beneficiary: ibans.foreignNo,
    amount: 500,
    currency: 'USD',
    ts: '2020-03-16T12:00:00Z',
  }),
  // A batch payment (same key, different amounts): both members are dirty and excluded.
  sepa({ id: '5', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 50, ts: '2020-02-10T08:00:00Z' }),
  sepa({ id: '5', payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 60, ts: '2020-02-10T08:00:00Z' }),
  // A payer IBAN without an assigned country code: dirty.
  swift({
    id: '6',
    payer: 'XX9300762011623852957',
    beneficiary: ibans.acmeNl,
    amount: 999,
    currency: 'GBP',
    ts: '2020-02-12T08:00:00Z',
  }),
];

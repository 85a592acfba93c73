/**
 * A small database for report tests whose names are hard to write: commas, quotes, line breaks and
 * letters outside ASCII (Łódź, Türkiye, Greek), with valid, quarantined and own-account records,
 * and the report inputs over it with a fixed clock.
 */
import type { WritableDb } from '../../electron/db/connection';
import { createServices } from '../../electron/services/create-services';
import { openedDatabaseProvider } from '../../electron/services/database-provider';
import { serviceReportInputs } from '../../electron/services/report-inputs';
import type { ReportInputs } from '../../electron/reports/report-inputs';
import type { Services } from '../../shared/api';
import type { Company } from '../../shared/domain';
import { ibans, sepa, swift } from './records';
import { seededDatabase } from './seeded-db';

export const reportIbans = {
  lodzPl: 'PL61109010140000071219812874',
  lodzDe: ibans.acmeDe,
  turkeyTr: 'TR330006100519786457841326',
  greekGr: 'GR1601101250000000012300695',
} as const;

export const trickyCompanies: Company[] = [
  {
    companyId: 1,
    name: 'Łódź Handel, "Sp. z o.o."\nOddział Północ',
    address: 'ul. Piotrkowska 1, 90-001 Łódź',
    ibans: [reportIbans.lodzPl, reportIbans.lodzDe],
    reportedBalance: null,
  },
  {
    companyId: 2,
    name: 'Türkiye İhracat A.Ş.',
    address: 'İstiklal Caddesi 5, İstanbul',
    ibans: [reportIbans.turkeyTr],
    reportedBalance: null,
  },
  {
    companyId: 3,
    name: 'Ελληνική Ναυτιλία',
    address: 'Πειραιάς',
    ibans: [reportIbans.greekGr],
    reportedBalance: null,
  },
  { companyId: 4, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
];

export function trickyDatabase(): WritableDb {
  return seededDatabase(trickyCompanies, [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: reportIbans.lodzPl,
      amount: 5000,
      ts: '2020-06-01T08:00:00Z',
    }),
    sepa({
      id: '2',
      payer: reportIbans.lodzPl,
      beneficiary: reportIbans.turkeyTr,
      amount: 1200.5,
      ts: '2020-06-02T09:30:00Z',
    }),
    // Between the company's own accounts.
    sepa({
      id: '3',
      payer: reportIbans.lodzPl,
      beneficiary: reportIbans.lodzDe,
      amount: 300,
      ts: '2020-06-03T10:00:00Z',
    }),
    swift({
      id: '4',
      payer: ibans.foreignCh,
      beneficiary: reportIbans.lodzDe,
      amount: 333.33,
      currency: 'GBP',
      ts: '2020-06-03T12:00:00Z',
    }),
    swift({
      id: '5',
      payer: reportIbans.lodzDe,
      beneficiary: reportIbans.greekGr,
      amount: 7000,
      currency: 'USD',
      ts: '2020-06-05T15:00:00Z',
    }),
    // Not an ISO currency: quarantined.
    swift({
      id: '6',
      payer: ibans.foreignNo,
      beneficiary: reportIbans.lodzPl,
      amount: 10,
      currency: 'SGP',
      ts: '2020-06-06T07:00:00Z',
    }),
    // A batch payment: same identity, different amounts, both quarantined.
    sepa({
      id: '7',
      payer: reportIbans.lodzPl,
      beneficiary: ibans.kempGb,
      amount: 40,
      ts: '2020-06-07T07:00:00Z',
    }),
    sepa({
      id: '7',
      payer: reportIbans.lodzPl,
      beneficiary: ibans.kempGb,
      amount: 41,
      ts: '2020-06-07T07:00:00Z',
    }),
    sepa({
      id: '8',
      payer: reportIbans.turkeyTr,
      beneficiary: reportIbans.greekGr,
      amount: 99.99,
      ts: '2020-06-09T11:00:00Z',
    }),
    swift({
      id: '9',
      payer: ibans.foreignCh,
      beneficiary: reportIbans.lodzPl,
      amount: 150,
      currency: 'JPY',
      ts: '2020-06-20T11:00:00Z',
    }),
  ]);
}

export const fixedNow = new Date('2026-01-15T09:30:00Z');

export function reportSetup(db: WritableDb): { services: Services; inputs: ReportInputs } {
  const database = openedDatabaseProvider(db);
  const services = createServices({
    identity: { name: 'Cashflow Monitor', version: 'test', dataDirectory: '/tmp', databasePath: ':memory:' },
    database,
  });
  return { services, inputs: serviceReportInputs(services, database, () => fixedNow) };
}

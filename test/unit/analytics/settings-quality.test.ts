import { describe, expect, it } from 'vitest';
import { companyBalance } from '../../../electron/analytics/balance';
import { companySeries } from '../../../electron/analytics/series';
import { qualityReport } from '../../../electron/analytics/quality';
import { rateWarnings } from '../../../electron/analytics/rate-warnings';
import { readSettings, reportingCurrencyOf, updateSettings } from '../../../electron/settings/settings';
import { dayFromIso } from '../../../shared/days';
import type { Company, ExchangeRate } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const companies: Company[] = [
  {
    companyId: 1,
    name: 'Acme',
    address: 'Berlin',
    ibans: [ibans.acmeDe, ibans.acmeNl],
    reportedBalance: null,
  },
  { companyId: 2, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
];
/** Valid by the assignment's rule (DE is a country) but not an ISO 13616 IBAN (wrong check digits). */
const looseDe = 'DE00370400440532013000';

function fixture() {
  return seededDatabase(companies, [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 1000,
      ts: '2020-01-10T09:00:00Z',
    }),
    swift({
      id: '2',
      payer: ibans.foreignCh,
      beneficiary: ibans.acmeNl,
      amount: 100,
      currency: 'GBP',
      ts: '2020-01-12T09:00:00Z',
    }),
    swift({
      id: '3',
      payer: ibans.foreignCh,
      beneficiary: ibans.acmeNl,
      amount: 100,
      currency: 'CHF',
      ts: '2020-01-12T10:00:00Z',
    }),
    sepa({ id: '4', payer: looseDe, beneficiary: ibans.acmeDe, amount: 40, ts: '2020-01-13T09:00:00Z' }),
    swift({
      id: '5',
      payer: 'XX123',
      beneficiary: ibans.acmeDe,
      amount: 5,
      currency: 'EUR',
      ts: '2020-01-13T09:00:00Z',
    }),
    swift({
      id: '6',
      payer: ibans.foreignCh,
      beneficiary: ibans.acmeDe,
      amount: 5,
      currency: 'SGP',
      ts: '2020-01-13T09:00:00Z',
    }),
    sepa({
      id: '7',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeNl,
      amount: null,
      ts: '2020-01-13T09:00:00Z',
      raw: '{"amount":{"Valid":false}}',
    }),
    swift({
      id: '8',
      payer: ibans.foreignCh,
      beneficiary: ibans.kempGb,
      amount: 10,
      currency: 'EUR',
      ts: '2020-01-14T09:00:00Z',
    }),
    swift({
      id: '8',
      payer: ibans.foreignCh,
      beneficiary: ibans.kempGb,
      amount: 12,
      currency: 'EUR',
      ts: '2020-01-14T09:00:00Z',
    }),
  ]);
}
const at = dayFromIso('2020-01-31') ?? 0;

describe('settings', () => {
  it('answers the defaults when nothing is stored', () => {
    expect(readSettings(fixture())).toEqual({
      reportingCurrency: 'EUR',
      strictIban: false,
      debitRate: 0.03,
      creditRate: 0.01,
      eurRateConvention: 'auto',
      usdRateConvention: 'auto',
      ratePolicy: 'current',
      excludeDuplicates: false,
      rateOverrides: [],
      openingBalances: [],
    });
  });

  it("lets the analyst fix a column's convention, which changes the very next figure", () => {
    const db = fixture();
    const inferred = companyBalance(db, { companyId: 1, day: at, currency: 'USD' });
    expect(inferred.conversion?.conventions.usdRate).toEqual({ convention: 'divide', inferred: true });
    updateSettings(db, { usdRateConvention: 'multiply', eurRateConvention: 'multiply' });
    expect(readSettings(db)).toMatchObject({ usdRateConvention: 'multiply', eurRateConvention: 'multiply' });
    const forced = companyBalance(db, { companyId: 1, day: at, currency: 'USD' });
    expect(forced.conversion?.conventions.usdRate).toEqual({ convention: 'multiply', inferred: false });
    // 100 GBP on the NL account: ÷ 0.83 when inferred, × 0.83 when forced to multiply.
    const nl = (r: typeof inferred) => r.accounts.find((a) => a.iban === ibans.acmeNl)?.balance ?? NaN;
    expect(nl(inferred)).toBeCloseTo(100 / 0.83, 9);
    expect(nl(forced)).toBeCloseTo(100 * 0.83, 9);
    expect(forced.conversion?.warnings.some((w) => w.kind === 'implausible')).toBe(true);
  });

  it('applies a rate override and an opening balance to the very next query', () => {
    const db = fixture();
    const before = companyBalance(db, { companyId: 1, day: at, currency: 'EUR' });
    // CHF has no rate in the table: left out until the analyst supplies one.
    expect(before.unconvertedCurrencies).toEqual(['CHF']);
    const january = {
      companyId: 1,
      fromDay: at - 30,
      toDay: at,
      granularity: 'month' as const,
      currency: 'EUR' as const,
    };
    const seriesBefore = companySeries(db, january);
    expect(seriesBefore.unconvertedCurrencies).toEqual(['CHF']);
    updateSettings(db, {
      rateOverrides: [{ currency: 'CHF', reporting: 'EUR', rate: 0.9 }],
      openingBalances: [{ iban: 'nl02 abna 0123 4567 89', reporting: 'EUR', amount: 500 }],
    });
    const after = companyBalance(db, { companyId: 1, day: at, currency: 'EUR' });
    expect(after.unconvertedCurrencies).toEqual([]);
    const seriesAfter = companySeries(db, january);
    expect(seriesAfter.unconvertedCurrencies).toEqual([]);
    expect(seriesAfter.totals.inflow - seriesBefore.totals.inflow).toBeCloseTo(90, 9);
    expect(after.balance - before.balance).toBeCloseTo(90 + 500, 9);
    expect(readSettings(db).openingBalances).toEqual([
      { iban: ibans.acmeNl, reporting: 'EUR', amount: 500, companyId: 1 },
    ]);
    updateSettings(db, { rateOverrides: [{ currency: 'CHF', reporting: 'EUR', rate: null }] });
    expect(companyBalance(db, { companyId: 1, day: at, currency: 'EUR' }).unconvertedCurrencies).toEqual([
      'CHF',
    ]);
  });

  it('makes the stored reporting currency the default of queries that leave it out', () => {
    const db = fixture();
    expect(reportingCurrencyOf(db, undefined)).toBe('EUR');
    updateSettings(db, { reportingCurrency: 'USD', debitRate: 0.05 });
    expect(reportingCurrencyOf(db, undefined)).toBe('USD');
    expect(reportingCurrencyOf(db, 'EUR')).toBe('EUR');
    expect(readSettings(db).debitRate).toBe(0.05);
  });

  it('refuses an opening balance for an account no company owns', () => {
    expect(() =>
      updateSettings(fixture(), {
        openingBalances: [{ iban: ibans.foreignCh, reporting: 'EUR', amount: 1 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('quarantines records failing only the strict IBAN check when strict mode is turned on, and restores them when off', () => {
    const db = fixture();
    const loose = companyBalance(db, { companyId: 1, day: at, currency: 'EUR' }).accounts[0]?.balance ?? NaN;
    expect(qualityReport(db, { currency: 'EUR', samples: 0, companies: 0 }).strictIbanWarnings).toEqual([
      { source: 'sepa', count: 1 },
    ]);

    expect(updateSettings(db, { strictIban: true }).reclassified).toBe(1);
    expect(companyBalance(db, { companyId: 1, day: at, currency: 'EUR' }).accounts[0]?.balance).toBeCloseTo(
      loose - 40,
      9,
    );
    const strict = qualityReport(db, { currency: 'EUR', samples: 0, companies: 0 });
    expect(strict.strictIban).toBe(true);
    expect(strict.byReason).toContainEqual({ reason: 'invalid-iban', source: 'sepa', count: 1 });

    expect(updateSettings(db, { strictIban: false }).reclassified).toBe(1);
    expect(companyBalance(db, { companyId: 1, day: at, currency: 'EUR' }).accounts[0]?.balance).toBeCloseTo(
      loose,
      9,
    );
  });
});

describe('data quality', () => {
  it('counts quarantined records per reason and source, and per company', () => {
    const report = qualityReport(fixture(), { currency: 'EUR', samples: 5, companies: 10 });
    expect(report.totals).toEqual({ transactions: 9, valid: 4, quarantined: 5 });
    expect(report.byReason).toEqual([
      { reason: 'batch-payment', source: 'swift', count: 2 },
      { reason: 'invalid-currency', source: 'swift', count: 1 },
      { reason: 'invalid-iban', source: 'swift', count: 1 },
      { reason: 'malformed', source: 'sepa', count: 1 },
    ]);
    expect(report.companies).toEqual([
      {
        companyId: 1,
        name: 'Acme',
        count: 3,
        byReason: { 'invalid-currency': 1, 'invalid-iban': 1, malformed: 1 },
      },
      { companyId: 2, name: 'Kemp and Sons', count: 3, byReason: { 'batch-payment': 2, malformed: 1 } },
    ]);
  });

  it('samples quarantined records with their detail and the raw wire record when unreadable', () => {
    const report = qualityReport(fixture(), { currency: 'EUR', samples: 1, companies: 0 });
    expect(report.samples.map((s) => s.reason)).toEqual([
      'batch-payment',
      'invalid-iban',
      'invalid-currency',
      'malformed',
    ]);
    expect(report.samples.find((s) => s.reason === 'malformed')).toMatchObject({
      id: '7',
      raw: '{"amount":{"Valid":false}}',
    });
    expect(report.samples.find((s) => s.reason === 'invalid-currency')?.detail).toContain('SGP');
  });

  it("flags the assignment's rate table: identity rows, cross-rate disagreement, SGP, and a currency without a rate", () => {
    const report = qualityReport(fixture(), { currency: 'EUR', samples: 0, companies: 0 });
    expect(report.rateWarnings).toContainEqual({
      kind: 'identity-not-one',
      currency: 'EUR',
      column: 'eurRate',
      value: 0.92,
    });
    expect(report.rateWarnings).toContainEqual({
      kind: 'identity-not-one',
      currency: 'USD',
      column: 'usdRate',
      value: 1.1,
    });
    expect(report.rateWarnings).toContainEqual({ kind: 'non-iso-code', currency: 'SGP' });
    expect(report.rateWarnings).toContainEqual({
      kind: 'no-rate',
      currency: 'CHF',
      reporting: 'EUR',
      movements: 1,
    });
    expect(report.rateWarnings).toContainEqual({
      kind: 'no-rate',
      currency: 'CHF',
      reporting: 'USD',
      movements: 1,
    });
    // Read in its inferred conventions the table is consistent: GBP is 1.32 EUR, and 1 ÷ 0.83 USD
    // at the median cross rate is within 10 % of that. (Multiplying both columns, as before,
    // reported GBP 37 % off and JPY by a factor of 16,000.)
    expect(report.rateWarnings.filter((w) => w.kind === 'cross-rate')).toEqual([]);
  });
});

describe('rate warnings', () => {
  const consistent: ExchangeRate[] = [
    { currency: 'EUR', usdRate: 1.25, eurRate: 1 },
    { currency: 'USD', usdRate: 1, eurRate: 0.8 },
    { currency: 'GBP', usdRate: 1.5, eurRate: 1.2 },
  ];

  it('stays silent on a consistent table', () => {
    expect(
      rateWarnings(
        consistent,
        [],
        new Map([
          ['GBP', 3],
          ['EUR', 10],
        ]),
      ),
    ).toEqual([]);
  });

  it('tolerates a cross-rate disagreement up to 10 % and flags one above', () => {
    const within = [...consistent.slice(0, 2), { currency: 'GBP', usdRate: 1.5, eurRate: 1.2 * 1.09 }];
    const beyond = [...consistent.slice(0, 2), { currency: 'GBP', usdRate: 1.5, eurRate: 1.2 * 1.11 }];
    expect(rateWarnings(within, [], new Map())).toEqual([]);
    expect(rateWarnings(beyond, [], new Map()).map((w) => w.kind)).toEqual(['cross-rate']);
  });

  it('does not report a missing rate that an override supplies', () => {
    const warnings = rateWarnings(
      consistent,
      [{ currency: 'CHF', reporting: 'EUR', rate: 0.95 }],
      new Map([['CHF', 2]]),
    );
    expect(warnings).toEqual([{ kind: 'no-rate', currency: 'CHF', reporting: 'USD', movements: 2 }]);
  });
});

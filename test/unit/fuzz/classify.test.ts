/**
 * Fuzz of the classifier (electron/sync/classify.ts) and the rules it applies (shared/rules/):
 * every record gets exactly one verdict whose invariants hold, timestamps name the instant they
 * say, and through the ingester every record is accounted for: stored as valid, stored as
 * quarantined with its reason, or counted as a duplicate, with the aggregates equal to the sum of
 * the valid rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries/index';
import { openMemoryDatabase } from '../../../electron/db/connection';
import { createTransactionIngester } from '../../../electron/db/mutations/ingest-transactions';
import { upsertCompanies } from '../../../electron/db/mutations/reference-data';
import { loadAccountOwners } from '../../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../../electron/sync/classify';
import type { RawTransaction, PaymentStream } from '../../../shared/domain';
import { isIsoCurrency } from '../../../shared/rules/currency';
import { ibanCountry } from '../../../shared/rules/iban';
import { parseTimestamp } from '../../../shared/rules/timestamp';
import { ibans } from '../../helpers/records';
import {
  hostileCurrency,
  hostileIban,
  hostileText,
  hostileTimestamp,
  numberAmount,
  runs,
} from './adversarial';
import { classifyAll, referenceInstant } from './record-checks';

const seed = 0x11_04_02;

const rawTransaction: fc.Arbitrary<RawTransaction> = fc.record({
  source: fc.constantFrom<PaymentStream>('sepa', 'swift'),
  id: fc.oneof(fc.nat().map(String), fc.uuid(), hostileText),
  payer: fc.option(hostileIban),
  beneficiary: fc.option(hostileIban),
  amount: fc.option(numberAmount),
  currency: fc.option(hostileCurrency),
  ts: fc.option(hostileTimestamp),
});

const two = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** An instant written at an offset, as a server in another time zone would write it. */
const writtenInstant = fc
  .record({
    instant: fc.date({
      min: new Date('0000-01-01T00:00:00.000Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    }),
    offsetMinutes: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
    extraDigits: fc.stringMatching(/^[0-9]{0,9}$/),
    separator: fc.constantFrom('T', 't', ' '),
  })
  .filter(({ instant, offsetMinutes }) => {
    const local = instant.getTime() + offsetMinutes * 60_000;
    return local >= Date.parse('0000-01-01T00:00:00Z') && local <= Date.parse('9999-12-31T23:59:59.999Z');
  })
  .map(({ instant, offsetMinutes, extraDigits, separator }) => {
    const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
    const zone =
      offsetMinutes === 0
        ? 'Z'
        : `${offsetMinutes < 0 ? '-' : '+'}${two(Math.trunc(offsetMinutes / 60))}:${two(offsetMinutes % 60)}`;
    const text = `${local.slice(0, 10)}${separator}${local.slice(11, 23)}${extraDigits}${zone}`;
    return { text, ms: instant.getTime() };
  });

describe('timestamp rule under fuzz', () => {
  it('reads any instant written at any offset back to the same millisecond, years 0000–9999', () => {
    fc.assert(
      fc.property(writtenInstant, ({ text, ms }) => {
        expect(parseTimestamp(text)).toBe(ms);
      }),
      runs(500, seed),
    );
  });

  it('answers null or the instant the text names, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileTimestamp, fc.string()), (text) => {
        const parsed = parseTimestamp(text);
        if (parsed !== null) expect(parsed).toBe(referenceInstant(text));
      }),
      runs(500, seed),
    );
  });
});

describe('IBAN and currency rules under fuzz', () => {
  it('accepts only upper-case assigned country codes and three-letter ISO currencies', () => {
    fc.assert(
      fc.property(hostileIban, hostileCurrency, (iban, currency) => {
        const country = ibanCountry(iban);
        if (country !== null) {
          expect(iban.startsWith(country)).toBe(true);
          expect(countries.isValid(country)).toBe(true);
          expect(/^[A-Z]{2}$/.test(country)).toBe(true);
        }
        if (isIsoCurrency(currency)) expect(/^[A-Z]{3}$/.test(currency)).toBe(true);
      }),
      runs(500, seed),
    );
  });
});

describe('classifier under fuzz', () => {
  it('gives every record one sound verdict, strict IBAN validation on or off', () => {
    fc.assert(
      fc.property(rawTransaction, (record) => {
        classifyAll([record]);
      }),
      runs(500, seed),
    );
  });

  it('books an amount written with two decimals at exactly its cents, or quarantines it', () => {
    const cents = fc.oneof(
      fc.integer({ min: 1, max: 1_000_000_00 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      fc.bigInt({ min: 1n, max: 10n ** 30n }),
    );
    fc.assert(
      fc.property(cents, (n) => {
        const text = String(n).padStart(3, '0');
        const written = `${text.slice(0, -2)}.${text.slice(-2)}`;
        const record: RawTransaction = {
          source: 'sepa',
          id: '1',
          payer: ibans.acmeDe,
          beneficiary: ibans.kempGb,
          amount: Number(written),
          currency: 'EUR',
          ts: '2020-02-29T12:00:00Z',
        };
        const classified = classifyTransaction(record, { strictIban: false });
        if (classified.reason === null) expect(BigInt(classified.amountCents)).toBe(BigInt(n));
        else expect(classified.detail).toMatch(/too large to count exactly in cents/);
        if (BigInt(n) <= 2n ** 51n) expect(classified.reason).toBeNull();
      }),
      runs(500, seed),
    );
  });

  it('applies the documented precedence: malformed, then invalid IBAN, then invalid currency', () => {
    fc.assert(
      fc.property(rawTransaction, fc.boolean(), (record, strictIban) => {
        const { reason } = classifyTransaction(record, { strictIban });
        const amountOk = record.amount !== null && Number.isFinite(record.amount) && record.amount > 0;
        const tsOk = record.ts !== null && parseTimestamp(record.ts) !== null;
        const complete = record.payer !== null && record.beneficiary !== null && record.currency !== null;
        if (!amountOk || !tsOk || !complete) {
          expect(reason).toBe('malformed');
          return;
        }
        if (reason === 'malformed') return; // e.g. an amount too large for exact cents
        const countryOk = ibanCountry(record.payer) !== null && ibanCountry(record.beneficiary) !== null;
        if (!countryOk) expect(reason).toBe('invalid-iban');
        else if (!isIsoCurrency(record.currency)) expect(reason).toBe('invalid-currency');
        else expect([null, 'invalid-iban']).toContain(reason);
        if (!strictIban && countryOk) expect(reason).not.toBe('invalid-iban');
      }),
      runs(500, seed),
    );
  });
});

describe('ingesting fuzzed records', () => {
  const accounts = [ibans.acmeDe, ibans.acmeNl, ibans.kempGb];
  /** Records drawn from a small pool of values, so duplicates and batch siblings occur often. */
  const pooledRecord: fc.Arbitrary<RawTransaction> = fc.oneof(
    { weight: 1, arbitrary: rawTransaction },
    {
      weight: 3,
      arbitrary: fc.record({
        source: fc.constantFrom<PaymentStream>('sepa', 'swift'),
        id: fc.constantFrom('1', '2', '3'),
        payer: fc.constantFrom(...accounts, ibans.foreignCh, 'XX00'),
        beneficiary: fc.constantFrom(...accounts, ibans.foreignNo),
        amount: fc.oneof(fc.constantFrom(10, 10.5, 99.99), numberAmount),
        currency: fc.constantFrom('EUR', 'GBP', 'SGP'),
        ts: fc.constantFrom('2020-02-29T10:00:00Z', '2020-02-29T11:00:00+01:00', '2021-02-29T10:00:00Z'),
      }),
    },
  );

  it('accounts for every record and keeps the aggregates equal to the valid rows', () => {
    fc.assert(
      fc.property(fc.array(fc.array(pooledRecord, { maxLength: 20 }), { maxLength: 5 }), (pages) => {
        const db = openMemoryDatabase();
        try {
          upsertCompanies(db, [
            {
              companyId: 1,
              name: 'Acme',
              address: 'a',
              ibans: [ibans.acmeDe, ibans.acmeNl],
              reportedBalance: null,
            },
            { companyId: 2, name: 'Kemp', address: 'b', ibans: [ibans.kempGb], reportedBalance: null },
          ]);
          const ingester = createTransactionIngester(db);
          const owners = loadAccountOwners(db);
          let inserted = 0;
          let valid = 0;
          for (const page of pages) {
            const classified = classifyAll(page);
            const counts = db.transaction(() => ingester.ingest(classified, owners))();
            expect(counts.received).toBe(page.length);
            expect(counts.inserted + counts.duplicates).toBe(page.length);
            const quarantined = Object.values(counts.quarantined).reduce((sum, n) => sum + n, 0);
            expect(counts.valid + quarantined).toBe(counts.inserted);
            inserted += counts.inserted;
            valid += counts.valid;
          }
          const stored = db
            .prepare('SELECT count(*) AS rows, coalesce(sum(status = 0), 0) AS valid FROM txn')
            .get() as { rows: number; valid: number };
          expect(stored).toEqual({ rows: inserted, valid });
          const fromRows = db
            .prepare(
              `SELECT coalesce(sum(CASE WHEN beneficiary_company IS NOT NULL THEN amount_cents END), 0) AS inCents,
                      coalesce(sum(CASE WHEN payer_company IS NOT NULL THEN amount_cents END), 0) AS outCents
               FROM txn WHERE status = 0`,
            )
            .get();
          for (const table of ['account_total', 'daily_country_flow']) {
            const fromAggregate = db
              .prepare(
                `SELECT coalesce(sum(in_cents), 0) AS inCents, coalesce(sum(out_cents), 0) AS outCents FROM ${table}`,
              )
              .get();
            expect(fromAggregate).toEqual(fromRows);
          }
        } finally {
          db.close();
        }
      }),
      runs(200, seed),
    );
  });
});

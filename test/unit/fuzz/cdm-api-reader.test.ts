/**
 * Fuzz of the cdm-api wire reader: JSON array pages of transactions, companies and rates, with
 * hostile field values, missing and extra keys, garbage elements, cut and corrupted bodies, deep
 * nesting and multi-megabyte strings. Every element comes out as one record (or one counted reject),
 * and a body is either read or refused with WireFormatError, never anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseCdmApiCompanies,
  parseCdmApiRates,
  parseCdmApiTransactions,
} from '../../../electron/sources/wire/cdm-api-records';
import type { PaymentStream } from '../../../shared/domain';
import {
  anyJson,
  deeplyNested,
  hostileCurrency,
  hostileIban,
  hostileText,
  hostileTimestamp,
  JsonLiteral,
  runs,
  toJsonText,
  wireAmount,
} from './adversarial';
import { classifyAll, expectReadRecord, readOrRefuse } from './record-checks';

const seed = 0x11_04_01;
const stream: fc.Arbitrary<PaymentStream> = fc.constantFrom('sepa', 'swift');

const wireId: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.nat() },
  { weight: 2, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(-1, 1.5, '', null, true, [], {}, Number.MAX_SAFE_INTEGER, 2 ** 60),
  },
  { weight: 1, arbitrary: hostileText },
);

/** A transaction element in the stream's field names; each field may be missing, and keys may be added. */
function transactionElement(source: PaymentStream): fc.Arbitrary<Record<string, unknown>> {
  const [payerKey, beneficiaryKey] = source === 'sepa' ? ['payer', 'receiver'] : ['sender', 'beneficiary'];
  return fc
    .tuple(
      fc.record(
        {
          id: wireId,
          [payerKey]: fc.oneof(hostileIban, anyJson),
          [beneficiaryKey]: fc.oneof(hostileIban, anyJson),
          amount: wireAmount,
          currency: fc.oneof(hostileCurrency, anyJson),
          timestamp: fc.oneof(hostileTimestamp, anyJson),
        },
        { requiredKeys: ['id', 'amount'] },
      ),
      fc.dictionary(hostileText, anyJson, { maxKeys: 2 }),
    )
    .map(([fields, extra]) => ({ ...extra, ...fields }));
}

/** A page: mostly transaction-like elements, some plain garbage. */
function page(source: PaymentStream): fc.Arbitrary<unknown[]> {
  return fc.array(
    fc.oneof({ weight: 5, arbitrary: transactionElement(source) }, { weight: 1, arbitrary: anyJson }),
    {
      maxLength: 25,
    },
  );
}

/** A cut, a spliced-in byte, or a stray prefix/suffix: what a broken connection or proxy delivers. */
const corruption = fc.oneof(
  fc.nat().map((at) => (body: string) => body.slice(0, at % (body.length + 1))),
  fc
    .tuple(fc.nat(), fc.constantFrom('"', '{', '}', ']', ',', '\\', '\u0000', '<'))
    .map(([at, char]) => (body: string) => {
      const i = at % (body.length + 1);
      return body.slice(0, i) + char + body.slice(i);
    }),
  fc.constantFrom(
    (body: string) => `<html>${body}`,
    (body: string) => `${body}]`,
    (body: string) => `${body}${body}`,
    (body: string) => `\ufeff${body}`,
  ),
);

describe('cdm-api transaction pages under fuzz', () => {
  it('reads every element of a well-formed page into one record, and classifies each soundly', () => {
    fc.assert(
      fc.property(
        stream.chain((source) => fc.tuple(fc.constant(source), page(source))),
        ([source, elements]) => {
          const records = parseCdmApiTransactions(toJsonText(elements), source);
          expect(records).toHaveLength(elements.length);
          for (const record of records) expectReadRecord(record, source);
          classifyAll(records);
        },
      ),
      runs(400, seed),
    );
  });

  it('copies a clean element field for field', () => {
    const clean = fc.record({
      id: fc.oneof(fc.nat(), fc.uuid()),
      payer: hostileIban,
      beneficiary: hostileIban,
      amount: fc.double({ noNaN: true, noDefaultInfinity: true }),
      currency: hostileCurrency,
      timestamp: hostileTimestamp,
    });
    fc.assert(
      fc.property(stream, clean, (source, wire) => {
        const element =
          source === 'sepa'
            ? { ...wire, receiver: wire.beneficiary, beneficiary: undefined }
            : { ...wire, sender: wire.payer, payer: undefined };
        const [record] = parseCdmApiTransactions(JSON.stringify([element]), source);
        expect(record).toEqual({
          source,
          id: String(wire.id),
          payer: wire.payer,
          beneficiary: wire.beneficiary,
          // JSON has no -0: it is read back as 0.
          amount: wire.amount === 0 ? 0 : wire.amount,
          currency: wire.currency,
          ts: wire.timestamp,
        });
      }),
      runs(300, seed),
    );
  });

  it('reads a corrupted page or refuses it with WireFormatError, nothing else', () => {
    fc.assert(
      fc.property(
        stream.chain((source) => fc.tuple(fc.constant(source), page(source))),
        corruption,
        ([source, elements], corrupt) => {
          const records = readOrRefuse(() => parseCdmApiTransactions(corrupt(toJsonText(elements)), source));
          for (const record of records ?? []) expectReadRecord(record, source);
          classifyAll(records ?? []);
        },
      ),
      runs(400, seed),
    );
  });

  it('refuses arbitrary text with WireFormatError only', () => {
    fc.assert(
      fc.property(stream, fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (source, body) => {
        const records = readOrRefuse(() => parseCdmApiTransactions(body, source));
        for (const record of records ?? []) expectReadRecord(record, source);
      }),
      runs(300, seed),
    );
  });

  it('keeps an element nested thousands of levels deep as one malformed record', () => {
    const depths = fc.constantFrom(1, 100, 5_000, 50_000, 200_000);
    fc.assert(
      fc.property(stream, depths, fc.boolean(), (source, depth, asField) => {
        const nested = deeplyNested(depth);
        const body = asField ? `[{"id":1,"amount":1,"payer":${nested}}]` : `[${nested}]`;
        const records = readOrRefuse(() => parseCdmApiTransactions(body, source));
        // A body this deep may be refused as a whole, but never with anything but WireFormatError.
        if (records === null) return;
        expect(records).toHaveLength(1);
        for (const record of records) expectReadRecord(record, source);
        expect(classifyAll(records)[0]?.reason).toBe('malformed');
      }),
      runs(12, seed),
    );
  });

  it('carries multi-megabyte names and IBANs through without loss', () => {
    const size = fc.integer({ min: 1 << 20, max: 10 << 20 });
    fc.assert(
      fc.property(stream, size, fc.constantFrom('x', 'é', '\u0000', '"', '\\'), (source, length, char) => {
        const long = `DE${char.repeat(length)}`;
        const element = { id: 1, payer: long, receiver: long, sender: long, beneficiary: long, amount: 1 };
        const [record] = parseCdmApiTransactions(
          JSON.stringify([{ ...element, currency: 'EUR', timestamp: '2020-02-29T00:00:00Z' }]),
          source,
        );
        expect(record?.payer).toBe(long);
        expect(classifyAll(record === undefined ? [] : [record])).toHaveLength(1);
      }),
      runs(3, seed),
    );
  });
});

describe('cdm-api companies and rates under fuzz', () => {
  const companyElement = fc.record(
    {
      id: fc.oneof(fc.nat(), wireId),
      ibans: fc.oneof(
        fc
          .array(hostileIban, { maxLength: 4 })
          .map((list) => `[${list.map((iban) => `'${iban}'`).join(', ')}]`),
        fc.array(hostileIban, { maxLength: 4 }),
        hostileText,
        anyJson,
      ),
      name: fc.oneof(hostileText, anyJson),
      address: fc.oneof(hostileText, anyJson),
    },
    { requiredKeys: [] },
  );

  it('answers every element as a company or a rejected record with a detail, and pages on the highest id', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(companyElement, anyJson), { maxLength: 20 }), (elements) => {
        const result = parseCdmApiCompanies(toJsonText(elements));
        expect(result.companies.length + result.rejected.length).toBe(elements.length);
        for (const company of result.companies) {
          expect(Number.isInteger(company.companyId)).toBe(true);
          expect(company.ibans.every((iban) => typeof iban === 'string')).toBe(true);
          expect(company.reportedBalance).toBeNull();
        }
        for (const rejected of result.rejected) {
          expect(rejected.detail.length).toBeGreaterThan(0);
          expect(typeof rejected.raw).toBe('string');
        }
        const ids = elements.flatMap((element) => {
          const id =
            typeof element === 'object' && element !== null ? (element as { id?: unknown }).id : undefined;
          return typeof id === 'number' && Number.isInteger(id) ? [id] : [];
        });
        expect(result.lastId).toBe(ids.length === 0 ? null : Math.max(...ids));
      }),
      runs(400, seed),
    );
  });

  it('keeps only finite rates and rejects the rest with a detail', () => {
    const rate = fc.oneof(wireAmount, fc.double());
    const rateElement = fc.record(
      { currency: fc.oneof(hostileCurrency, anyJson), usd_rate: rate, eur_rate: rate },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(rateElement, anyJson), { maxLength: 20 }),
        corruption,
        (elements, corrupt) => {
          const intact = parseCdmApiRates(toJsonText(elements));
          expect(intact.rates.length + intact.rejected.length).toBe(elements.length);
          for (const { usdRate, eurRate, currency } of intact.rates) {
            expect(Number.isFinite(usdRate) && Number.isFinite(eurRate)).toBe(true);
            expect(currency.length).toBeGreaterThan(0);
          }
          readOrRefuse(() => parseCdmApiRates(corrupt(toJsonText(elements))));
        },
      ),
      runs(300, seed),
    );
  });

  it('reads a rate written as a number literal JSON.stringify never produces', () => {
    const body = toJsonText([{ currency: 'EUR', usd_rate: new JsonLiteral('1e999'), eur_rate: 1 }]);
    expect(parseCdmApiRates(body).rejected).toHaveLength(1);
  });
});

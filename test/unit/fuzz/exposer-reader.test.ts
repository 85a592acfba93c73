/**
 * Fuzz of the exposer wire reader: poll bodies of concatenated JSON objects whose arrays arrive as
 * JSON text inside a string, `{"Float","Valid"}` amounts, PostgreSQL-array IBAN lists in
 * company_info. Every element comes out as one record (or one counted reject); a body is read or
 * refused with WireFormatError, nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitConcatenatedJson } from '../../../electron/sources/wire/concatenated-json';
import {
  parseExposerBatch,
  parseExposerCompanies,
  parseExposerRates,
} from '../../../electron/sources/wire/exposer-records';
import { parsePgArray, parsePythonList } from '../../../electron/sources/wire/iban-lists';
import type { PaymentStream } from '../../../shared/domain';
import {
  anyJson,
  deeplyNested,
  hostileCurrency,
  hostileIban,
  hostileText,
  hostileTimestamp,
  runs,
  toJsonText,
  wireAmount,
} from './adversarial';
import { classifyAll, expectReadRecord, readOrRefuse } from './record-checks';

const seed = 0x11_04_03;
const stream: fc.Arbitrary<PaymentStream> = fc.constantFrom('sepa', 'swift');

/** `{"Float":x,"Valid":b}` with hostile parts, or something else entirely. */
const exposerAmount: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ Float: wireAmount, Valid: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { Float: wireAmount, Valid: fc.oneof(anyJson, fc.constant('true')) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: wireAmount },
);

const transactionElement: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        id: fc.oneof(fc.nat(), fc.uuid(), fc.constantFrom(-1, 1.5, '', null), hostileText),
        sender: fc.oneof(hostileIban, anyJson),
        beneficiary: fc.oneof(hostileIban, anyJson),
        amount: exposerAmount,
        currency: fc.oneof(hostileCurrency, anyJson),
        time: fc.oneof(hostileTimestamp, anyJson),
      },
      { requiredKeys: ['id', 'amount'] },
    ),
    fc.dictionary(hostileText, anyJson, { maxKeys: 2 }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

const elements = fc.array(
  fc.oneof({ weight: 5, arbitrary: transactionElement }, { weight: 1, arbitrary: anyJson }),
  {
    maxLength: 25,
  },
);

/** The elements cut into chunks, each a `{"<stream>_transactions": "<JSON text>"}` object, back to back. */
function pollBody(
  source: PaymentStream,
  all: readonly unknown[],
  cuts: readonly number[],
  gaps: readonly string[],
) {
  const chunks: unknown[][] = [];
  let start = 0;
  for (const cut of [...cuts.map((c) => c % (all.length + 1)).sort((a, b) => a - b), all.length]) {
    chunks.push(all.slice(start, Math.max(start, cut)));
    start = Math.max(start, cut);
  }
  return chunks
    .map(
      (chunk, i) =>
        `${gaps[i % Math.max(gaps.length, 1)] ?? ''}${JSON.stringify({ [`${source}_transactions`]: toJsonText(chunk) })}`,
    )
    .join('');
}

const whitespace = fc.array(fc.constantFrom('', ' ', '\n', '\r\n', '\t'), { maxLength: 3 });

describe('exposer poll bodies under fuzz', () => {
  it('reads every element of every concatenated object into one record, and classifies each soundly', () => {
    fc.assert(
      fc.property(
        stream,
        elements,
        fc.array(fc.nat(), { maxLength: 4 }),
        whitespace,
        (source, all, cuts, gaps) => {
          const records = parseExposerBatch(pollBody(source, all, cuts, gaps), source);
          expect(records).toHaveLength(all.length);
          for (const record of records) expectReadRecord(record, source);
          classifyAll(records);
        },
      ),
      runs(400, seed),
    );
  });

  it('reads a Valid:true amount as its number and anything else as missing', () => {
    fc.assert(
      fc.property(
        stream,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        (source, float, valid) => {
          const element = {
            id: 7,
            sender: 'DE89370400440532013000',
            beneficiary: 'NL02ABNA0123456789',
            amount: { Float: float, Valid: valid },
            currency: 'EUR',
            time: '2020-02-29T23:59:59.999999+14:00',
          };
          const [record] = parseExposerBatch(
            JSON.stringify({ [`${source}_transactions`]: JSON.stringify([element]) }),
            source,
          );
          expect(record?.amount).toBe(valid ? (float === 0 ? 0 : float) : null);
          expect(record?.raw === undefined).toBe(valid);
        },
      ),
      runs(300, seed),
    );
  });

  it('reads a corrupted poll or refuses it with WireFormatError, nothing else', () => {
    fc.assert(
      fc.property(
        stream,
        elements,
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.nat(),
        fc.constantFrom('', '"', '{', '}', '[', ']', '\\', ',', '\u0000', '}{'),
        (source, all, cuts, at, splice) => {
          const body = pollBody(source, all, cuts, []);
          const i = at % (body.length + 1);
          const records = readOrRefuse(() => parseExposerBatch(body.slice(0, i) + splice, source));
          for (const record of records ?? []) expectReadRecord(record, source);
          classifyAll(records ?? []);
        },
      ),
      runs(400, seed),
    );
  });

  it('refuses arbitrary text, and objects for the other stream, with WireFormatError only', () => {
    fc.assert(
      fc.property(
        stream,
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.constantFrom('{"sepa_transactions":null}', '{}{}', '[]'),
        ),
        (source, body) => {
          const records = readOrRefuse(() => parseExposerBatch(body, source));
          for (const record of records ?? []) expectReadRecord(record, source);
        },
      ),
      runs(300, seed),
    );
  });

  it('splits concatenated values exactly as JSON.stringify wrote them, whatever their strings hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.dictionary(hostileText, anyJson), fc.array(anyJson)), { maxLength: 6 }),
        whitespace,
        (values, gaps) => {
          const text = values
            .map((value, i) => `${gaps[i % Math.max(gaps.length, 1)] ?? ''}${JSON.stringify(value)}`)
            .join('');
          expect(splitConcatenatedJson(text)).toEqual(
            values.map((value) => JSON.parse(JSON.stringify(value)) as unknown),
          );
        },
      ),
      runs(300, seed),
    );
  });

  it('keeps deeply nested elements, in the embedded text or as a bare array, as one record each', () => {
    fc.assert(
      fc.property(
        stream,
        fc.constantFrom(1, 1_000, 20_000, 200_000),
        fc.boolean(),
        (source, depth, embedded) => {
          const nested = deeplyNested(depth);
          const key = `${source}_transactions`;
          const body = embedded ? JSON.stringify({ [key]: `[${nested}]` }) : `{"${key}":[${nested}]}`;
          const records = readOrRefuse(() => parseExposerBatch(body, source));
          if (records === null) return;
          expect(records).toHaveLength(1);
          expect(classifyAll(records)[0]?.reason).toBe('malformed');
        },
      ),
      runs(10, seed),
    );
  });

  it('carries a multi-megabyte embedded string through without loss', () => {
    fc.assert(
      fc.property(
        stream,
        fc.integer({ min: 1 << 20, max: 10 << 20 }),
        fc.constantFrom('a', '"', '\\', '}{', '€'),
        (source, length, char) => {
          const name = char.repeat(Math.ceil(length / char.length));
          const element = {
            id: 1,
            sender: name,
            beneficiary: name,
            amount: { Float: 1, Valid: true },
            currency: 'EUR',
            time: 'x',
          };
          const [record] = parseExposerBatch(
            JSON.stringify({ [`${source}_transactions`]: JSON.stringify([element]) }),
            source,
          );
          expect(record?.payer).toBe(name);
        },
      ),
      runs(3, seed),
    );
  });
});

/** A PostgreSQL array literal of the elements, each quoted and escaped. */
function pgArray(list: readonly string[]): string {
  return `{${list.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

describe('exposer company_info and exchange_rates under fuzz', () => {
  const ibanLists = fc.oneof(
    fc.array(hostileIban, { maxLength: 4 }).map(pgArray),
    fc
      .array(fc.stringMatching(/^[A-Z]{2}[0-9A-Z]{0,20}$/), { maxLength: 4 })
      .map((list) => `{${list.join(',')}}`),
    fc.array(hostileIban, { maxLength: 4 }),
    hostileText,
    anyJson,
  );
  const companyElement = fc.record(
    {
      companyID: fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, '3', null)),
      ibans: ibanLists,
      name: fc.oneof(hostileText, anyJson),
      address: fc.oneof(hostileText, anyJson),
      balance: fc.oneof(wireAmount, fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );

  it('answers every element as a company or a rejected record with a detail', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(companyElement, anyJson), { maxLength: 20 }),
        fc.boolean(),
        (all, asText) => {
          const inner = toJsonText(all);
          const body = asText ? JSON.stringify({ company_info: inner }) : `{"company_info":${inner}}`;
          const { companies, rejected } = parseExposerCompanies(body);
          expect(companies.length + rejected.length).toBe(all.length);
          for (const company of companies) {
            expect(Number.isInteger(company.companyId)).toBe(true);
            expect(company.ibans.every((iban) => typeof iban === 'string')).toBe(true);
            expect(company.reportedBalance === null || Number.isFinite(company.reportedBalance)).toBe(true);
          }
          for (const reject of rejected) expect(reject.detail.length).toBeGreaterThan(0);
        },
      ),
      runs(400, seed),
    );
  });

  it('reads back any list written as a quoted PostgreSQL array, and IBAN lists as Python lists', () => {
    // A quoted "NULL" is a string in PostgreSQL, but no IBAN is spelled NULL: the reader drops both.
    const item = hostileText.filter((text) => text !== 'NULL');
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 6 }),
        fc.array(fc.stringMatching(/^[A-Z]{2}[0-9A-Z ]{0,30}$/), { maxLength: 6 }),
        (list, ibanList) => {
          expect(parsePgArray(pgArray(list))).toEqual(list);
          expect(parsePythonList(`[${ibanList.map((iban) => `'${iban}'`).join(', ')}]`)).toEqual(ibanList);
        },
      ),
      runs(300, seed),
    );
  });

  it('answers a list or null for any text, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileText,
          fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', "'", ',', '\\', ' ', 'A') }),
        ),
        (text) => {
          for (const list of [parsePgArray(text), parsePythonList(text)]) {
            if (list !== null) expect(list.every((element) => typeof element === 'string')).toBe(true);
          }
        },
      ),
      runs(500, seed),
    );
  });

  it('keeps only finite rates and rejects the rest with a detail', () => {
    const rate = fc.oneof(wireAmount, fc.double());
    const rateElement = fc.record(
      { currency: fc.oneof(hostileCurrency, anyJson), usd_rate: rate, eur_rate: rate },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(rateElement, anyJson), { maxLength: 20 }), (all) => {
        const { rates, rejected } = parseExposerRates(JSON.stringify({ exchange_rates: toJsonText(all) }));
        expect(rates.length + rejected.length).toBe(all.length);
        for (const { usdRate, eurRate } of rates)
          expect(Number.isFinite(usdRate) && Number.isFinite(eurRate)).toBe(true);
      }),
      runs(300, seed),
    );
  });
});

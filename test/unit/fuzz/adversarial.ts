/**
 * Generators of hostile input shared by the fuzz tests: amounts, names, IBANs, currencies and
 * timestamps as a careless or malicious server might send them, and JSON text that can carry number
 * literals JSON.stringify never writes (`1e999`, `-0`, 400-digit integers).
 *
 * Every property runs from a fixed seed so a failure replays identically on any machine; to explore
 * further, change the seed locally, and keep any input it finds as a plain regression test.
 */
import fc from 'fast-check';
import { ibans } from '../../helpers/records';

/** fast-check parameters: a fixed seed, a bounded number of runs. */
export function runs(numRuns: number, seed: number): fc.Parameters<unknown> {
  return { numRuns, seed };
}

/** A number written into JSON text exactly as given (JSON.stringify cannot write these). */
export class JsonLiteral {
  constructor(readonly text: string) {}
}

/** JSON text of a value whose leaves may be JsonLiterals. */
export function toJsonText(value: unknown): string {
  if (value instanceof JsonLiteral) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([key, field]) => `${JSON.stringify(key)}:${toJsonText(field)}`);
    return `{${fields.join(',')}}`;
  }
  // A field left undefined has no JSON form; write it as null (JSON.stringify does so for NaN too).
  if (value === undefined) return 'null';
  return JSON.stringify(value);
}

const amountLiterals = [
  '1e999', // Infinity once parsed
  '-1e999',
  '1e307', // finite, but a hundred times it is not
  '1.7976931348623157e308',
  '9007199254740993',
  '90071992547409.92',
  '123456789012345678901234567890',
  '5e-324',
  '1e-400', // 0 once parsed
  '0',
  '-0',
  '0.0',
  '0.001',
  '0.005',
  '1.005',
  '-12.5',
  '1E+2',
  '12.50',
] as const;

/** Amounts as a number, including NaN, infinities, -0, subnormals and the extremes. */
export const numberAmount: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.double({ min: 0.01, max: 1e9, noNaN: true }),
  fc.constantFrom(...amountLiterals.map(Number)),
  fc.integer().map((n) => n / 100),
);

/** Amount values as they may appear on the wire: literals, plain numbers, and things that are not numbers. */
export const wireAmount: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...amountLiterals).map((text) => new JsonLiteral(text)) },
  { weight: 3, arbitrary: numberAmount.filter(Number.isFinite) },
  { weight: 1, arbitrary: fc.constantFrom('12.5', '1e5', 'NaN', 'Infinity', '', ' 1 ') },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [1], { value: 1 }) },
);

const sqlLooking = [
  "'; DROP TABLE txn; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM company; --',
  '%_\\',
  'NULL',
  '{}',
  "['A', 'B']",
  '\\x00',
] as const;

/** Text of any kind: unicode (lone surrogates included), control characters, SQL, or empty. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\n', '\r', '\t', '\u001b', '\u007f', '\u2028') }),
  fc.string({ unit: fc.constantFrom('\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', 'é', 'e\u0301', 'Ω') }),
  fc.constantFrom(...sqlLooking),
);

/** IBAN-like text: real ones, ones cut or padded, lower case, unassigned or unicode look-alike prefixes. */
export const hostileIban: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...Object.values(ibans)),
  fc.constantFrom(...Object.values(ibans)).map((iban) => iban.toLowerCase()),
  fc.constantFrom(...Object.values(ibans)).map((iban) => ` ${iban}`),
  fc.constantFrom(...Object.values(ibans)).map((iban) => iban.slice(0, 2)),
  fc.constantFrom('XX12BANK000111', 'ZZ00', 'EU12', 'UK12', 'AA', 'D', '', '\u0044\u0045', 'ＤＥ89'),
  // Cyrillic А and Е look like Latin A and E.
  fc.constantFrom('\u0410T611904300234573201', 'D\u0415893704'),
  fc
    .tuple(fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[0-9A-Z]{0,30}$/))
    .map(([cc, rest]) => cc + rest),
  hostileText,
);

/** Currency codes: ISO ones, retired, lower case, too long, non-Latin. */
export const hostileCurrency: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'CHF', 'BHD'),
  fc.constantFrom('eur', 'EURO', 'XXX', 'SGP', 'DEM', 'E', '', 'ЕUR', ' EUR', 'EUR\u0000'),
  fc.stringMatching(/^[A-Z]{3}$/),
  hostileText,
);

const two = (n: number) => String(n).padStart(2, '0');

/** Timestamps: well-formed ones with any offset and fraction, and the edges of the calendar. */
export const wellFormedTimestamp: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '+00:00', '-00:00', '+14:00', '-12:00', '+05:45', '+23:59', '-23:59'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`),
    ),
    separator: fc.constantFrom('T', 't', ' '),
  })
  .map(
    ({ year, month, day, hour, minute, second, fraction, zone, separator }) =>
      `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}${separator}${two(hour)}:${two(minute)}:${two(second)}${fraction === undefined ? '' : `.${fraction}`}${zone}`,
  );

export const hostileTimestamp: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: wellFormedTimestamp },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2020-02-29T12:00:00Z', // leap day
      '2021-02-29T12:00:00Z', // no leap day in 2021
      '2000-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2016-12-31T23:59:60Z', // a real leap second
      '2021-02-30T10:00:00Z',
      '2021-01-01T24:00:00Z',
      '2021-01-01T10:00:00',
      '2021-01-01',
      '2021-01-01T10:00:00.000+0100',
      '+002021-01-01T10:00:00Z',
      '2021-01-01T10:00:00Z ',
      '２０２１-01-01T10:00:00Z',
      'not-a-time',
      '',
    ),
  },
  { weight: 1, arbitrary: hostileText },
);

/** Any JSON value, nested a little. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** An array nested `depth` levels deep, as text (no generator builds such depths cheaply). */
export function deeplyNested(depth: number, open = '[', close = ']', inner = ''): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

/**
 * What must hold of every record a wire reader hands on and of every classified record, whatever
 * came in: the invariants the fuzz tests assert after each random body.
 */
import { expect } from 'vitest';
import type { RawTransaction, PaymentStream } from '../../../shared/domain';
import { quarantineReasons } from '../../../shared/domain';
import { dayOfEpochMs } from '../../../shared/days';
import { ibanCountry } from '../../../shared/rules/iban';
import { isIsoCurrency } from '../../../shared/rules/currency';
import { classifyTransaction, type ClassifiedTransaction } from '../../../electron/sync/classify';
import { WireFormatError } from '../../../electron/sources/wire/concatenated-json';

/** Runs a reader; answers its result, or null when it refused the body with its documented error. */
export function readOrRefuse<T>(read: () => T): T | null {
  try {
    return read();
  } catch (cause) {
    // Anything else (RangeError, TypeError…) is a bug: the HTTP client would retry it as a cut-short body.
    expect(cause).toBeInstanceOf(WireFormatError);
    return null;
  }
}

/** A record as a reader hands it on: canonical shape, and the wire text kept whenever something is missing. */
export function expectReadRecord(record: RawTransaction, stream: PaymentStream): void {
  expect(record.source).toBe(stream);
  expect(typeof record.id).toBe('string');
  for (const text of [record.payer, record.beneficiary, record.currency, record.ts]) {
    expect(text === null || typeof text === 'string', `text field ${String(text)}`).toBe(true);
  }
  expect(record.amount === null || typeof record.amount === 'number').toBe(true);
  const incomplete =
    record.id === '' ||
    record.payer === null ||
    record.beneficiary === null ||
    record.amount === null ||
    record.currency === null ||
    record.ts === null;
  if (incomplete) expect(typeof record.raw).toBe('string');
}

/**
 * The instant a well-formed RFC 3339 text names, by another route: normalised to the one form
 * Date.parse reads reliably (`YYYY-MM-DDTHH:mm:ss.sss±hh:mm`, years 0000–9999 taken literally).
 */
export function referenceInstant(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (match === null) return Number.NaN;
  const [, date = '', time = '', fraction = '', zone = ''] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  return Date.parse(`${date}T${time}.${millis}${zone.toUpperCase()}`);
}

/** Invariants of one classified record, valid or quarantined. */
export function expectClassified(classified: ClassifiedTransaction, record: RawTransaction): void {
  expect(classified.source).toBe(record.source);
  // Text is kept as SQLite stores it: a lone UTF-16 surrogate becomes U+FFFD (classify.ts).
  expect(classified.extId).toBe(record.id.toWellFormed());
  expect(typeof classified.strictIbanWarning).toBe('boolean');
  // The identity key's columns are NOT NULL integers: whatever came, they must be exact numbers.
  expect(classified.tsMs, 'tsMs').toSatisfy(Number.isSafeInteger);
  expect(classified.amountCents, 'amountCents').toSatisfy(Number.isSafeInteger);
  if (classified.reason === null) {
    expect(classified.detail).toBeNull();
    expect(classified.raw).toBeNull();
    const amount = classified.amount;
    expect(amount, 'a valid amount').toSatisfy(
      (value: number | null) => value !== null && Number.isFinite(value) && value > 0,
    );
    expect(classified.amountCents).toBeGreaterThanOrEqual(0);
    expect(classified.tsMs).toBe(referenceInstant(classified.tsText));
    expect(classified.day).toBe(dayOfEpochMs(classified.tsMs));
    expect(ibanCountry(classified.payer)).toBe(classified.payer.slice(0, 2));
    expect(ibanCountry(classified.beneficiary)).toBe(classified.beneficiary.slice(0, 2));
    expect(classified.payer).toMatch(/^[A-Z]{2}/);
    expect(classified.beneficiary).toMatch(/^[A-Z]{2}/);
    expect(classified.currency, 'an ISO currency').toSatisfy(isIsoCurrency);
  } else {
    expect(quarantineReasons).toContain(classified.reason);
    expect(classified.reason).not.toBe('batch-payment');
    expect(typeof classified.detail).toBe('string');
    expect(classified.detail?.length ?? 0).toBeGreaterThan(0);
    if (classified.reason === 'malformed' && record.raw !== undefined)
      expect(classified.raw).toBe(record.raw);
  }
}

/** Classifies every record both ways (strict IBAN on and off) and checks each. */
export function classifyAll(records: readonly RawTransaction[]): ClassifiedTransaction[] {
  const out: ClassifiedTransaction[] = [];
  for (const record of records) {
    for (const strictIban of [false, true]) {
      const classified = classifyTransaction(record, { strictIban });
      expectClassified(classified, record);
      if (!strictIban) out.push(classified);
    }
  }
  return out;
}

/** Record counts of a generated data set per source: clean records and records per corruption kind. */
import type { PaymentStream } from '../../shared/domain';
import { KIND } from './generate/gen-record';

export interface SourceCounts {
  /** Clean records, strict-IBAN-warning records included (they are valid): the setting's exact size. */
  readonly clean: number;
  /** Records in batch-payment groups (a group of 3 counts 3). */
  readonly batchPayment: number;
  readonly invalidIban: number;
  readonly invalidCurrency: number;
  readonly malformed: number;
  /** Extra copies of clean records. */
  readonly duplicate: number;
  /** Clean records whose counterparty fails only the strict IBAN check. */
  readonly strictIbanWarning: number;
}

export type DatasetCounts = Record<PaymentStream, SourceCounts>;

export function countsFromKinds(byKind: Record<PaymentStream, readonly number[]>): DatasetCounts {
  const one = (kinds: readonly number[]): SourceCounts => {
    const at = (code: number): number => kinds[code] ?? 0;
    return {
      clean: at(KIND.clean) + at(KIND.strictIbanWarning),
      batchPayment: at(KIND.batchPayment),
      invalidIban: at(KIND.invalidIban),
      invalidCurrency: at(KIND.invalidCurrency),
      malformed: at(KIND.malformed),
      duplicate: at(KIND.duplicate),
      strictIbanWarning: at(KIND.strictIbanWarning),
    };
  };
  return { sepa: one(byKind.sepa), swift: one(byKind.swift) };
}

/**
 * A transaction after the per-record rules (docs/domain.md, rules 2–4): what the sync's classifier
 * produces and the database's ingester stores. It lives here, below both, so the database layer
 * never imports the sync layer.
 */
import type { QuarantineReason, PaymentStream } from './domain';

/** Stand-ins that keep identity keys NOT NULL for records whose field is missing or unparseable. */
export const missingTimestampMs = Number.MIN_SAFE_INTEGER;
export const missingAmountCents = Number.MIN_SAFE_INTEGER;

export interface ClassifiedTransaction {
  readonly source: PaymentStream;
  readonly extId: string;
  readonly payer: string;
  readonly beneficiary: string;
  readonly tsMs: number;
  readonly day: number | null;
  readonly tsText: string;
  readonly amount: number | null;
  readonly amountCents: number;
  readonly currency: string;
  /** null when valid on its own (a batch sibling may still turn it dirty). */
  readonly reason: Exclude<QuarantineReason, 'batch-payment'> | null;
  readonly detail: string | null;
  readonly raw: string | null;
  /** Valid by the assignment's rule but fails the ISO 13616 check (a warning unless strict mode). */
  readonly strictIbanWarning: boolean;
}

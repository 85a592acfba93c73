/** What a sync pass has done so far, summed over the commits of every stream. */
import type { QuarantineReason } from '../../shared/domain';
import type { IngestCounts } from '../db/mutations/ingest-transactions';

export interface Tally {
  companies: number;
  accounts: number;
  rates: number;
  inserted: number;
  duplicates: number;
  valid: number;
  strictIbanWarnings: number;
  quarantined: Record<QuarantineReason, number>;
  /** Source elements that could not be read as a company or a rate row (kept, never in figures). */
  rejected: { companies: number; rates: number };
  /** The scope the pass fetched (companies and their accounts), or null for the whole bank. */
  scope: { companies: number; accounts: number; unknownCompanyIds: number[] } | null;
}

export function emptyTally(): Tally {
  return {
    companies: 0,
    accounts: 0,
    rates: 0,
    inserted: 0,
    duplicates: 0,
    valid: 0,
    strictIbanWarnings: 0,
    quarantined: { 'batch-payment': 0, 'invalid-iban': 0, 'invalid-currency': 0, malformed: 0 },
    rejected: { companies: 0, rates: 0 },
    scope: null,
  };
}

export function addCounts(tally: Tally, counts: IngestCounts): void {
  tally.inserted += counts.inserted;
  tally.duplicates += counts.duplicates;
  tally.valid += counts.valid;
  tally.strictIbanWarnings += counts.strictIbanWarnings;
  for (const reason of Object.keys(counts.quarantined) as QuarantineReason[]) {
    tally.quarantined[reason] += counts.quarantined[reason];
  }
}

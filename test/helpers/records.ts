/** Small builders of canonical records for tests. */
import type { RawTransaction } from '../../shared/domain';

export const ibans = {
  acmeDe: 'DE89370400440532013000',
  acmeNl: 'NL02ABNA0123456789',
  kempGb: 'GB91PIEX43597764800353',
  foreignCh: 'CH9300762011623852957',
  foreignNo: 'NO9386011117947',
} as const;

export function sepa(overrides: Partial<RawTransaction> = {}): RawTransaction {
  return {
    source: 'sepa',
    id: '1',
    payer: ibans.acmeDe,
    beneficiary: ibans.kempGb,
    amount: 100.25,
    currency: 'EUR',
    ts: '2019-03-04T10:00:00Z',
    ...overrides,
  };
}

export function swift(overrides: Partial<RawTransaction> = {}): RawTransaction {
  return {
    source: 'swift',
    id: '1',
    payer: ibans.foreignCh,
    beneficiary: ibans.acmeNl,
    amount: 250,
    currency: 'GBP',
    ts: '2019-03-04T11:00:00Z',
    ...overrides,
  };
}

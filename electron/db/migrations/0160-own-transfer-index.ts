/**
 * Own transfers (between two accounts of one company, docs/domain.md "Balances") get a partial
 * index of their own. Every series, balance history and countries view subtracts them, and reading
 * them through the payer-company index meant fetching the table row of each of the company's
 * outgoing transactions in the range to look at its beneficiary: two thirds of a four-year series
 * on `large` (docs/benchmarks.md). Own transfers are few, so the index is small, and it holds every
 * column the query reads: a covering index is the planner's choice over the payer-company index
 * whatever the order of the schema (with the key alone, it picked either, by the order the indexes
 * were created in).
 */
import type { Migration } from './migration';

export const ownTransferIndex: Migration = {
  version: 160,
  name: 'own-transfer-index',
  sql: `
    CREATE INDEX ix_txn_own_transfer
      ON txn (payer_company, day, beneficiary_company, status, payer, beneficiary, currency, amount_cents)
      WHERE payer_company = beneficiary_company AND status = 0;
  `,
};

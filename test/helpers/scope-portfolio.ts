/**
 * A seeded random portfolio for the scope tests, drawn from a database synced in full: a company
 * with transfers between its own accounts, companies paired with one they trade with (so transfers
 * between two in-scope companies occur), and random others; plus the stored records that touch it,
 * to compare a scoped sync with the full one record by record.
 */
import type { ReadableDb } from '../../electron/db/connection';
import { createPrng } from '../../electron/simulator/prng';
import type { GroundTruth } from '../../electron/simulator/truth/ground-truth';

export function seededPortfolio(db: ReadableDb, truth: GroundTruth, seed: number, size: number): number[] {
  const prng = createPrng(seed, 'scope-portfolio');
  const ids = truth.companies.map((company) => company.companyId);
  const draw = (from: readonly number[]) => from[prng.int(from.length)] ?? 0;
  const chosen = new Set<number>();
  const ownTransfers = truth.companies
    .filter((company) => company.flows.some((flow) => flow.internal > 0))
    .map((company) => company.companyId);
  chosen.add(draw(ownTransfers));
  const partners = db.prepare(
    `SELECT DISTINCT beneficiary_company FROM txn
     WHERE payer_company = ? AND beneficiary_company IS NOT NULL AND beneficiary_company <> payer_company
     ORDER BY 1`,
  );
  while (chosen.size < Math.ceil(size / 2)) {
    const company = draw(ids);
    const trades = partners.pluck().all(company) as number[];
    if (trades.length === 0) continue;
    chosen.add(company);
    chosen.add(draw(trades));
  }
  while (chosen.size < size) chosen.add(draw(ids));
  return [...chosen].sort((a, b) => a - b);
}

/** Every stored record touching these companies, as the sync decided it (ids and bookkeeping left out). */
export function recordsTouching(db: ReadableDb, companyIds: readonly number[]): string[] {
  const list = companyIds.map(Number).join(', ');
  return (
    db
      .prepare(
        `SELECT source, ext_id, payer, beneficiary, ts_ms, amount_cents, currency, status, reason, detail,
           payer_company, beneficiary_company
         FROM txn WHERE payer_company IN (${list}) OR beneficiary_company IN (${list})
         ORDER BY ts_ms, source, ext_id, payer, beneficiary, amount_cents`,
      )
      .raw()
      .all() as unknown[][]
  ).map((row) => JSON.stringify(row));
}

/** Pairs of in-scope companies with a transfer between them, and own-account transfers, stored. */
export function scopeTransferKinds(
  db: ReadableDb,
  companyIds: readonly number[],
): { readonly across: number; readonly own: number } {
  const list = companyIds.map(Number).join(', ');
  return db
    .prepare(
      `SELECT count(CASE WHEN payer_company <> beneficiary_company THEN 1 END) AS across,
         count(CASE WHEN payer_company = beneficiary_company THEN 1 END) AS own
       FROM txn WHERE payer_company IN (${list}) AND beneficiary_company IN (${list})`,
    )
    .get() as { across: number; own: number };
}

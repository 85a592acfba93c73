/** The companies with the most valid account movements, from the running totals (benchmarks, overviews). */
import type { ReadableDb } from '../connection';

export function busiestCompanies(db: ReadableDb, limit: number): number[] {
  return db
    .prepare(
      `SELECT a.company_id FROM account_total t JOIN account a ON a.iban = t.iban
       GROUP BY a.company_id ORDER BY SUM(t.in_count + t.out_count) DESC, a.company_id LIMIT ?`,
    )
    .pluck()
    .all(limit) as number[];
}

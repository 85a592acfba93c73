/**
 * Changes to the aggregates collected in memory while a page is ingested and written once per
 * page: many records of a page share an (account, day, currency) key. A record that turns dirty
 * later contributes a negative delta; rows that fall back to zero transactions are removed, so the
 * aggregates of a sync never depend on the order in which records arrived.
 */
import type { Statement } from 'better-sqlite3';
import type { WritableDb } from '../connection';
import { monthOfDay } from '../month-of-day';

interface Delta {
  inCents: number;
  outCents: number;
  inCount: number;
  outCount: number;
}

export interface FlowContribution {
  readonly payer: string;
  readonly beneficiary: string;
  readonly payerCompany: number | null;
  readonly beneficiaryCompany: number | null;
  readonly day: number;
  readonly currency: string;
  readonly amountCents: number;
}

const separator = '\u0000';

/** One aggregate table: its key columns (the first is the IBAN) and the statements that maintain it. */
class AggregateTable {
  readonly deltas = new Map<string, Delta>();
  private readonly upsert: Statement;
  private readonly prune: Statement;

  constructor(
    db: WritableDb,
    table: 'daily_country_flow' | 'monthly_flow' | 'account_total',
    keyColumns: readonly string[],
    private readonly numericKeys: ReadonlySet<number>,
  ) {
    const keys = keyColumns.join(', ');
    const placeholders = keyColumns.map(() => '?').join(', ');
    this.upsert = db.prepare(`
      INSERT INTO ${table} (${keys}, in_cents, out_cents, in_count, out_count) VALUES (${placeholders}, ?, ?, ?, ?)
      ON CONFLICT (${keys}) DO UPDATE SET
        in_cents = in_cents + excluded.in_cents, out_cents = out_cents + excluded.out_cents,
        in_count = in_count + excluded.in_count, out_count = out_count + excluded.out_count`);
    const match = keyColumns.map((column) => `${column} = ?`).join(' AND ');
    this.prune = db.prepare(`DELETE FROM ${table} WHERE ${match} AND in_count = 0 AND out_count = 0`);
  }

  bump(
    key: readonly (string | number)[],
    inCents: number,
    outCents: number,
    inCount: number,
    outCount: number,
  ): void {
    const id = key.join(separator);
    const delta = this.deltas.get(id);
    if (delta === undefined) {
      this.deltas.set(id, { inCents, outCents, inCount, outCount });
      return;
    }
    delta.inCents += inCents;
    delta.outCents += outCents;
    delta.inCount += inCount;
    delta.outCount += outCount;
  }

  flush(): void {
    for (const [id, d] of this.deltas) {
      if (d.inCount === 0 && d.outCount === 0 && d.inCents === 0 && d.outCents === 0) continue;
      const key = id
        .split(separator)
        .map((part, index) => (this.numericKeys.has(index) ? Number(part) : part));
      this.upsert.run(...key, d.inCents, d.outCents, d.inCount, d.outCount);
      // Only a withdrawal can bring a row back to zero transactions.
      if (d.inCount < 0 || d.outCount < 0) this.prune.run(...key);
    }
    this.deltas.clear();
  }

  /** Forgets what was collected, when the transaction it belonged to failed. */
  discard(): void {
    this.deltas.clear();
  }
}

/** A stored transaction as the aggregate corrections read it back (a row of `txn`, with its day). */
export interface StoredFlowRow {
  readonly txn_id: number;
  readonly payer: string;
  readonly beneficiary: string;
  readonly payer_company: number | null;
  readonly beneficiary_company: number | null;
  readonly day: number;
  readonly currency: string;
  readonly amount_cents: number;
  readonly in_batch: number;
}

/** What a stored transaction adds to the aggregates, to withdraw it or add it back. */
export function storedContribution(row: StoredFlowRow): FlowContribution {
  return {
    payer: row.payer,
    beneficiary: row.beneficiary,
    payerCompany: row.payer_company,
    beneficiaryCompany: row.beneficiary_company,
    day: row.day,
    currency: row.currency,
    amountCents: row.amount_cents,
  };
}

export class FlowDeltas {
  private readonly country: AggregateTable;
  private readonly monthly: AggregateTable;
  private readonly totals: AggregateTable;
  /** Month of each day seen, since a page's records share a handful of days. */
  private readonly months = new Map<number, number>();

  constructor(db: WritableDb) {
    this.country = new AggregateTable(
      db,
      'daily_country_flow',
      ['iban', 'day', 'country', 'currency'],
      new Set([1]),
    );
    this.monthly = new AggregateTable(db, 'monthly_flow', ['iban', 'month', 'currency'], new Set([1]));
    this.totals = new AggregateTable(db, 'account_total', ['iban', 'currency'], new Set());
  }

  private monthOf(day: number): number {
    let month = this.months.get(day);
    if (month === undefined) {
      month = monthOfDay(day);
      this.months.set(day, month);
    }
    return month;
  }

  /** Adds (sign 1) or removes (sign -1) one valid transaction's contribution. */
  apply(flow: FlowContribution, sign: 1 | -1): void {
    const cents = sign * flow.amountCents;
    const month = this.monthOf(flow.day);
    if (flow.payerCompany !== null) {
      const country = flow.beneficiary.slice(0, 2);
      this.country.bump([flow.payer, flow.day, country, flow.currency], 0, cents, 0, sign);
      this.monthly.bump([flow.payer, month, flow.currency], 0, cents, 0, sign);
      this.totals.bump([flow.payer, flow.currency], 0, cents, 0, sign);
    }
    if (flow.beneficiaryCompany !== null) {
      const country = flow.payer.slice(0, 2);
      this.country.bump([flow.beneficiary, flow.day, country, flow.currency], cents, 0, sign, 0);
      this.monthly.bump([flow.beneficiary, month, flow.currency], cents, 0, sign, 0);
      this.totals.bump([flow.beneficiary, flow.currency], cents, 0, sign, 0);
    }
  }

  /** Writes every collected delta; call inside the page's transaction. */
  flush(): void {
    this.country.flush();
    this.monthly.flush();
    this.totals.flush();
  }

  /**
   * Forgets every collected delta. Called when the page's transaction fails: it rolls back, so what
   * was collected for it must not be written by the next attempt as well.
   */
  discard(): void {
    this.country.discard();
    this.monthly.discard();
    this.totals.discard();
  }
}

/**
 * Writes a generated data set into a new cache file. Durability does not matter while writing
 * (the file has a temporary name until it is complete), so journaling and syncs are off; the
 * caller renames the file into place only after `finish`.
 */
import Database from 'better-sqlite3';
import type { PaymentStream } from '../../../shared/domain';
import type { GenRecord } from '../generate/gen-record';
import type { IdKind, SimRate } from '../model';
import { uuidFor } from '../uuid';
import { createIndexes, createTables, tableOf } from './schema';

export interface CompanyRow {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  readonly accounts: readonly number[];
  readonly reportedBalance: number;
}

export class CacheWriter {
  private readonly db: Database.Database;
  private readonly inserts: Record<PaymentStream, Database.Statement>;

  constructor(
    file: string,
    private readonly idKind: IdKind,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    // A small page cache: rows arrive in rowid order, and the index sorter's memory follows this
    // setting too, which keeps the peak RSS of large settings well under 512 MB.
    this.db.pragma('cache_size = -16000');
    createTables(this.db);
    const insert = (table: string): Database.Statement =>
      this.db.prepare(
        `INSERT INTO ${table} (seq, id_num, uid, payer, beneficiary, cents, currency, ts_ms, time, kind)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
    this.inserts = { sepa: insert(tableOf.sepa), swift: insert(tableOf.swift) };
  }

  /** Appends records (already in seq order); callers group many days into one transaction. */
  writeRecords(source: PaymentStream, records: readonly GenRecord[]): void {
    const insert = this.inserts[source];
    const uuid = this.idKind === 'uuid';
    for (const r of records) {
      insert.run(
        r.seq,
        r.idNum,
        uuid ? uuidFor(source, r.idNum) : null,
        r.payer,
        r.beneficiary,
        r.cents,
        r.currency,
        r.tsMs,
        r.time,
        r.kind,
      );
    }
  }

  /** Runs `work` inside one write transaction. */
  batch(work: () => void): void {
    this.db.transaction(work)();
  }

  finish(
    ibans: readonly string[],
    companies: readonly CompanyRow[],
    rates: readonly SimRate[],
    meta: Record<string, string>,
  ): void {
    this.batch(() => {
      const iban = this.db.prepare('INSERT INTO ibans (n, iban) VALUES (?, ?)');
      ibans.forEach((value, n) => iban.run(n, value));
      const company = this.db.prepare(
        'INSERT INTO companies (company_id, name, address, ibans, reported_balance) VALUES (?, ?, ?, ?, ?)',
      );
      for (const c of companies)
        company.run(c.companyId, c.name, c.address, JSON.stringify(c.accounts), c.reportedBalance);
      const rate = this.db.prepare(
        'INSERT INTO rates (currency, usd_rate, eur_rate, position) VALUES (?, ?, ?, ?)',
      );
      rates.forEach((r, position) => rate.run(r.currency, r.usdRate, r.eurRate, position));
      const entry = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      for (const [key, value] of Object.entries(meta)) entry.run(key, value);
    });
    createIndexes(this.db, this.idKind);
    // A sampled ANALYZE: enough for the planner to prefer the party indexes, seconds cheaper.
    this.db.pragma('analysis_limit = 1000');
    this.db.exec('ANALYZE');
    this.db.close();
  }

  /** Closes without finishing (after a failure); the caller deletes the temporary file. */
  abandon(): void {
    if (this.db.open) this.db.close();
  }
}

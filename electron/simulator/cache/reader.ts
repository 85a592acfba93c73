/**
 * Read queries over a complete cache file: the fixed tables loaded once, and the keyset and time
 * window queries the servers page through. Every page is extended to the end of the group of rows
 * sharing its last key, so "strictly after the key" never skips a batch sibling or duplicate.
 */
import Database from 'better-sqlite3';
import type { PaymentStream } from '../../../shared/domain';
import type { IdKind, SimRate } from '../model';
import { tableOf } from './schema';

export interface TxRow {
  readonly seq: number;
  readonly id_num: number;
  readonly uid: string | null;
  readonly payer: number;
  readonly beneficiary: number;
  readonly cents: number | null;
  readonly currency: string;
  readonly ts_ms: number;
  readonly time: string | null;
  readonly kind: number;
}

export interface CompanyRecord {
  readonly company_id: number;
  readonly name: string;
  readonly address: string;
  readonly ibans: string;
  readonly reported_balance: number;
}

/** Party filter as IBAN numbers (already resolved from strings). */
export interface RowFilter {
  readonly payer?: number;
  readonly beneficiary?: number;
}

export class CacheReader {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly lastSeqs = new Map<PaymentStream, number>();

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  meta(): Map<string, string> {
    const rows = this.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
    return new Map(rows.map((row) => [row.key, row.value]));
  }

  ibans(): string[] {
    return this.db.prepare('SELECT iban FROM ibans ORDER BY n').pluck().all() as string[];
  }

  companies(): CompanyRecord[] {
    return this.db.prepare('SELECT * FROM companies ORDER BY company_id').all() as CompanyRecord[];
  }

  rates(): SimRate[] {
    return this.db
      .prepare('SELECT currency, usd_rate AS usdRate, eur_rate AS eurRate FROM rates ORDER BY position')
      .all() as SimRate[];
  }

  span(source: PaymentStream): { firstMs: number; lastMs: number } | null {
    const row = this.db
      .prepare(`SELECT MIN(ts_ms) AS first, MAX(ts_ms) AS last FROM ${tableOf[source]}`)
      .get() as {
      first: number | null;
      last: number | null;
    };
    return row.first === null || row.last === null ? null : { firstMs: row.first, lastMs: row.last };
  }

  window(source: PaymentStream, fromMs: number, toMs: number): TxRow[] {
    return this.statement(source, 'window', 'ts_ms >= ? AND ts_ms < ?', 'ts_ms, seq', false).all(
      fromMs,
      toMs,
    ) as TxRow[];
  }

  /** Rows with id_num > afterId in seq order (ids and times both grow with seq). */
  afterId(source: PaymentStream, afterId: number, limit: number, filter: RowFilter): TxRow[] {
    const first = this.firstSeqAfterId(source, afterId);
    if (first === undefined) return [];
    const parties = partyClause(filter);
    let rows: TxRow[];
    if (parties.sql === '') {
      rows = this.statement(source, 'fromSeq', 'seq >= ?', 'seq', true).all(first.seq, limit) as TxRow[];
    } else {
      // Walk the party index from the time of the first larger id.
      rows = this.statement(
        source,
        `fromSeq${parties.sql}`,
        `${parties.sql} AND ts_ms >= ? AND seq >= ?`,
        'ts_ms, seq',
        true,
      ).all(...parties.values, first.tsMs, first.seq, limit) as TxRow[];
    }
    return this.completeGroup(source, rows, filter, 'id_num');
  }

  /**
   * The first row whose id exceeds `afterId`, by binary search over the rowid: ids never decrease
   * along seq, so no id index is needed (which saves a large share of the generation time).
   */
  private firstSeqAfterId(source: PaymentStream, afterId: number): { seq: number; tsMs: number } | undefined {
    const at = this.statement(source, 'atSeq', 'seq = ?', 'seq', false, 'id_num, ts_ms');
    const last = this.lastSeq(source);
    let lo = 1;
    let hi = last + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const row = at.get(mid) as { id_num: number } | undefined;
      if (row !== undefined && row.id_num > afterId) hi = mid;
      else lo = mid + 1;
    }
    if (lo > last) return undefined;
    const row = at.get(lo) as { id_num: number; ts_ms: number } | undefined;
    return row === undefined ? undefined : { seq: lo, tsMs: row.ts_ms };
  }

  private lastSeq(source: PaymentStream): number {
    let last = this.lastSeqs.get(source);
    if (last === undefined) {
      last = (this.db.prepare(`SELECT MAX(seq) FROM ${tableOf[source]}`).pluck().get() as number | null) ?? 0;
      this.lastSeqs.set(source, last);
    }
    return last;
  }

  /** Rows after (afterMs, afterId) in (ts, id, seq) order; the id is the uuid or the integer id. */
  afterKey(
    source: PaymentStream,
    idKind: IdKind,
    afterMs: number,
    afterId: string | number,
    limit: number,
    filter: RowFilter,
  ): TxRow[] {
    const idColumn = idKind === 'uuid' ? 'uid' : 'id_num';
    const parties = partyClause(filter);
    const where = `${parties.sql === '' ? '' : `${parties.sql} AND `}ts_ms >= ? AND (ts_ms > ? OR ${idColumn} > ?)`;
    const rows = this.statement(
      source,
      `afterKey${idColumn}${parties.sql}`,
      where,
      `ts_ms, ${idColumn}, seq`,
      true,
    ).all(...parties.values, afterMs, afterMs, afterId, limit) as TxRow[];
    return this.completeGroup(source, rows, filter, idColumn);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Appends the rest of the group that shares the last row's (ts, id). */
  private completeGroup(
    source: PaymentStream,
    rows: TxRow[],
    filter: RowFilter,
    idColumn: 'uid' | 'id_num',
  ): TxRow[] {
    const last = rows.at(-1);
    if (last === undefined) return rows;
    const parties = partyClause(filter);
    const where = `${parties.sql === '' ? '' : `${parties.sql} AND `}ts_ms = ? AND ${idColumn} = ? AND seq > ?`;
    const rest = this.statement(source, `group${idColumn}${parties.sql}`, where, 'seq', false).all(
      ...parties.values,
      last.ts_ms,
      idColumn === 'uid' ? last.uid : last.id_num,
      last.seq,
    ) as TxRow[];
    return rest.length === 0 ? rows : rows.concat(rest);
  }

  private statement(
    source: PaymentStream,
    name: string,
    where: string,
    order: string,
    limited: boolean,
    columns = '*',
  ): Database.Statement {
    const key = `${source}:${name}:${columns}`;
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare(
        `SELECT ${columns} FROM ${tableOf[source]} WHERE ${where} ORDER BY ${order}${limited ? ' LIMIT ?' : ''}`,
      );
      this.statements.set(key, statement);
    }
    return statement;
  }
}

function partyClause(filter: RowFilter): { sql: string; values: number[] } {
  const parts: string[] = [];
  const values: number[] = [];
  if (filter.payer !== undefined) {
    parts.push('payer = ?');
    values.push(filter.payer);
  }
  if (filter.beneficiary !== undefined) {
    parts.push('beneficiary = ?');
    values.push(filter.beneficiary);
  }
  return { sql: parts.join(' AND '), values };
}

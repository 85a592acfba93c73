/**
 * Changes to the daily aggregates collected in memory while a page is ingested and written once
 * per page: many records of a page share an (account, day, currency) key. A record that turns
 * dirty later contributes a negative delta; rows that fall back to zero transactions are removed,
 * so the aggregates of a sync never depend on the order in which records arrived.
 */
import type { Statement } from 'better-sqlite3';
import type { WritableDb } from '../connection';

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


export class FlowDeltas {
  private readonly daily = new Map<string, Delta>();
  private readonly country = new Map<string, Delta>();
  private readonly upsertDaily: Statement<unknown[]>;
  private readonly pruneDaily: Statement<unknown[]>;
  private readonly upsertCountry: Statement<unknown[]>;
  private readonly pruneCountry: Statement<unknown[]>;

  constructor(db: WritableDb) {
    this.upsertDaily = db.prepare(`
      INSERT INTO daily_flow (iban, day, currency, in_cents, out_cents, in_count, out_count)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (iban, day, currency) DO UPDATE SET
        in_cents = in_cents + excluded.in_cents, out_cents = out_cents + excluded.out_cents,
        in_count = in_count + excluded.in_count, out_count = out_count + excluded.out_count`);
    this.pruneDaily = db.prepare(
      'DELETE FROM daily_flow WHERE iban = ? AND day = ? AND currency = ? AND in_count = 0 AND out_count = 0',
    );
    this.upsertCountry = db.prepare(`
      INSERT INTO daily_country_flow (iban, day, country, currency, in_cents, out_cents, in_count, out_count)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (iban, day, country, currency) DO UPDATE SET
        in_cents = in_cents + excluded.in_cents, out_cents = out_cents + excluded.out_cents,
        in_count = in_count + excluded.in_count, out_count = out_count + excluded.out_count`);
    this.pruneCountry = db.prepare(
      'DELETE FROM daily_country_flow WHERE iban = ? AND day = ? AND country = ? AND currency = ? AND in_count = 0 AND out_count = 0',
    );
  }

  /** Adds (sign 1) or removes (sign -1) one valid transaction's contribution. */
  apply(flow: FlowContribution, sign: 1 | -1): void {
    const cents = sign * flow.amountCents;
    if (flow.payerCompany !== null) {
      this.bump(this.daily, [flow.payer, flow.day, flow.currency], 0, cents, 0, sign);
      this.bump(this.country, [flow.payer, flow.day, flow.beneficiary.slice(0, 2), flow.currency], 0, cents, 0, sign);
    }
    if (flow.beneficiaryCompany !== null) {
      this.bump(this.daily, [flow.beneficiary, flow.day, flow.currency], cents, 0, sign, 0);
      this.bump(this.country, [flow.beneficiary, flow.day, flow.payer.slice(0, 2), flow.currency], cents, 0, sign, 0);
    }
  }

  get size(): number {
    return this.daily.size;
  }

  private bump(
    map: Map<string, Delta>,
    key: readonly (string | number)[],
    inCents: number,
    outCents: number,
    inCount: number,
    outCount: number,
  ): void {
    const id = key.join(separator);
    const delta = map.get(id);
    if (delta === undefined) {
      map.set(id, { inCents, outCents, inCount, outCount });
      return;
    }
    delta.inCents += inCents;
    delta.outCents += outCents;
    delta.inCount += inCount;
    delta.outCount += outCount;
  }

  /** Writes every collected delta; call inside the page's transaction. */
  flush(): void {
    for (const [id, d] of this.daily) {
      if (d.inCount === 0 && d.outCount === 0 && d.inCents === 0 && d.outCents === 0) continue;
      const [iban, day, currency] = id.split(separator);
      this.upsertDaily.run(iban, Number(day), currency, d.inCents, d.outCents, d.inCount, d.outCount);
      if (d.inCount < 0 || d.outCount < 0) this.pruneDaily.run(iban, Number(day), currency);
    }
    for (const [id, d] of this.country) {
      if (d.inCount === 0 && d.outCount === 0 && d.inCents === 0 && d.outCents === 0) continue;
      const [iban, day, country, currency] = id.split(separator);
      this.upsertCountry.run(iban, Number(day), country, currency, d.inCents, d.outCents, d.inCount, d.outCount);
      if (d.inCount < 0 || d.outCount < 0) this.pruneCountry.run(iban, Number(day), country, currency);
    }
    this.daily.clear();
    this.country.clear();
  }
}

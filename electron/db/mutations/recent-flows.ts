/**
 * Keeps the packed figures of migration 0130 (running totals and recent flows per account) up to date. Called when a sync run ends (and
 * after settings that reclassify records): accounts the triggers marked stale are packed again from
 * `daily_flow`; when the last synced day has moved far past the cutoff (or nothing is kept yet),
 * every account is packed again from a new cutoff. The kept window always covers at least the last
 * `keptDays` days up to the last synced day, since that day only moves forward between rebuilds.
 */
import type { WritableDb } from '../connection';
import {
  bucketIbans,
  bucketOf,
  packAccount,
  packBucket,
  type CurrencyNetRow,
  type PackedAccount,
  type RecentFlowRow,
} from '../recent-flow-blob';
import { dailyNetReader } from '../queries/flows';
import { lastTransactionDay } from '../queries/sync-facts';

/**
 * Days up to the last synced day that a rebuild keeps: the portfolio's default range is 30 days and
 * the home screen's sparklines 90.
 */
export const keptDays = 90;
/** A rebuild starts again from a new cutoff once the packed rows span this many days. */
export const rebuildSpanDays = 150;

function cutoffOf(db: WritableDb): number | null {
  return db.prepare('SELECT cutoff FROM recent_flow_window').pluck().get() as number | null;
}

/** Packs the given accounts of one bucket into its row (or removes the row when none has figures). */
function bucketWriter(db: WritableDb, cutoff: number): (bucket: number, ibans: Iterable<string>) => void {
  const readTotals = db.prepare(
    'SELECT currency, in_cents - out_cents AS netCents FROM account_total WHERE iban = ? ORDER BY currency',
  );
  const readFlows = dailyNetReader(db);
  const store = db.prepare('INSERT OR REPLACE INTO recent_flow (bucket, accounts, figures) VALUES (?, ?, ?)');
  const drop = db.prepare('DELETE FROM recent_flow WHERE bucket = ?');
  return (bucket, ibans) => {
    const packed: PackedAccount[] = [];
    for (const iban of [...new Set(ibans)].sort()) {
      const totals = readTotals.all(iban) as CurrencyNetRow[];
      const flows: RecentFlowRow[] = readFlows(iban, cutoff, Number.MAX_SAFE_INTEGER).map(
        ([day, currency, netCents]) => ({ day, currency, netCents }),
      );
      if (totals.length > 0 || flows.length > 0) packed.push(packAccount(iban, totals, flows));
    }
    if (packed.length === 0) {
      drop.run(bucket);
      return;
    }
    const row = packBucket(packed);
    store.run(bucket, row.accounts, row.figures);
  };
}

function byBucket(ibans: Iterable<string>): Map<number, string[]> {
  const buckets = new Map<number, string[]>();
  for (const iban of ibans) {
    const bucket = bucketOf(iban);
    const list = buckets.get(bucket);
    if (list === undefined) buckets.set(bucket, [iban]);
    else list.push(iban);
  }
  return buckets;
}

/**
 * Packs the buckets of every stale account again (with the accounts they already held), or every
 * account from a new cutoff. Runs in one transaction.
 */
export function refreshRecentFlows(db: WritableDb): void {
  db.transaction(() => {
    const lastDay = lastTransactionDay(db);
    const cutoff = cutoffOf(db);
    if (lastDay === null) {
      if (cutoff !== null) forgetRecentFlows(db);
      return;
    }
    const covered = cutoff !== null && cutoff <= lastDay - keptDays + 1 && lastDay - cutoff < rebuildSpanDays;
    if (covered) {
      const stale = db.prepare('SELECT iban FROM recent_flow_stale').pluck().all() as string[];
      if (stale.length === 0) return;
      const write = bucketWriter(db, cutoff);
      const held = db.prepare('SELECT accounts FROM recent_flow WHERE bucket = ?').pluck();
      for (const [bucket, ibans] of byBucket(stale)) {
        const accounts = held.get(bucket) as string | undefined;
        write(bucket, [...bucketIbans(accounts ?? ''), ...ibans]);
      }
      db.exec('DELETE FROM recent_flow_stale');
      return;
    }
    const next = lastDay - keptDays + 1;
    db.prepare('UPDATE recent_flow_window SET cutoff = ?').run(next);
    db.exec('DELETE FROM recent_flow; DELETE FROM recent_flow_stale');
    const write = bucketWriter(db, next);
    const accounts = db.prepare('SELECT DISTINCT iban FROM account_total').pluck().all() as string[];
    for (const [bucket, ibans] of byBucket(accounts)) write(bucket, ibans);
  })();
}

/**
 * Drops every packed row and stops the triggers from marking anything: for a bulk load, whose
 * aggregate rebuild would otherwise mark every account row by row. A refresh afterwards packs all.
 */
export function forgetRecentFlows(db: WritableDb): void {
  db.prepare('UPDATE recent_flow_window SET cutoff = NULL').run();
  db.exec('DELETE FROM recent_flow; DELETE FROM recent_flow_stale');
}

/**
 * One account's kept portfolio figures (migration 0130) in one blob of float64 values: first its
 * running net per currency (one value per currency of its list, which is the account's
 * `account_total` currencies in key order), then its daily nets from the kept window's first day on
 * as triples (day, index into the list, net cents), ordered by day and then currency, the order a
 * range read of `daily_flow` yields. One blob per account: the portfolio reads 20k of them at 10k
 * companies, and each blob read is an allocation. Net cents are integers far inside float64's range.
 */

export interface CurrencyNetRow {
  readonly currency: string;
  readonly netCents: number;
}

export interface RecentFlowRow extends CurrencyNetRow {
  readonly day: number;
}

export interface PackedFigures {
  /** The account's currencies, comma-separated. */
  readonly currencies: string;
  readonly figures: Buffer;
}

export function packFigures(
  totals: readonly CurrencyNetRow[],
  rows: readonly RecentFlowRow[],
): PackedFigures {
  const currencies = totals.map((total) => total.currency);
  // A daily row always has its currency's running total; kept readable all the same.
  for (const row of rows) if (!currencies.includes(row.currency)) currencies.push(row.currency);
  const values = new Float64Array(currencies.length + rows.length * 3);
  totals.forEach((total, index) => {
    values[index] = total.netCents;
  });
  rows.forEach((row, index) => {
    const at = currencies.length + index * 3;
    values[at] = row.day;
    values[at + 1] = currencies.indexOf(row.currency);
    values[at + 2] = row.netCents;
  });
  return { currencies: currencies.join(','), figures: Buffer.from(values.buffer) };
}

/** A packed blob back as float64 values; copies when the blob is not 8-byte aligned. */
export function unpackValues(blob: Buffer): Float64Array {
  const count = Math.floor(blob.length / 8);
  if (blob.byteOffset % 8 === 0) return new Float64Array(blob.buffer, blob.byteOffset, count);
  return new Float64Array(new Uint8Array(blob).buffer, 0, count);
}

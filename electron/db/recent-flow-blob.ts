/**
 * The packed recent flows of one account (migration 0130): its daily net per currency from the kept
 * window's first day on, as one blob of float64 triples (day, index into the account's currency
 * list, net cents), ordered by day and then currency, the order a range read of `daily_flow` yields.
 * Net cents are integers far inside float64's exact range, so nothing is rounded.
 */

export interface RecentFlowRow {
  readonly day: number;
  readonly currency: string;
  readonly netCents: number;
}

export interface PackedFlows {
  /** The account's currencies, comma-separated in first-use order. */
  readonly currencies: string;
  readonly flows: Buffer;
}

export function packFlows(rows: readonly RecentFlowRow[]): PackedFlows {
  const currencies: string[] = [];
  const values = new Float64Array(rows.length * 3);
  rows.forEach((row, index) => {
    let at = currencies.indexOf(row.currency);
    if (at < 0) at = currencies.push(row.currency) - 1;
    values[index * 3] = row.day;
    values[index * 3 + 1] = at;
    values[index * 3 + 2] = row.netCents;
  });
  return { currencies: currencies.join(','), flows: Buffer.from(values.buffer) };
}

/** The account's flows back as a flat array of triples; copies when the blob is not 8-byte aligned. */
export function unpackFlows(flows: Buffer): Float64Array {
  const count = Math.floor(flows.length / 8);
  if (flows.byteOffset % 8 === 0) return new Float64Array(flows.buffer, flows.byteOffset, count);
  return new Float64Array(new Uint8Array(flows).buffer, 0, count);
}

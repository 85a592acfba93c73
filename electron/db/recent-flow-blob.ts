/**
 * The kept portfolio figures (migration 0130). One account's figures are float64 values: first its
 * running net per currency (one value per currency of its list, which is the account's
 * `account_total` currencies in key order), then its daily nets from the kept window's first day on
 * as triples (day, index into the list, net cents), ordered by day and then currency, the order a
 * range read of `daily_flow` yields. Net cents are integers far inside float64's exact range.
 *
 * Accounts are stored in buckets (a hash of the IBAN): one row holds a bucket's accounts, listed
 * one per line as IBAN, currencies and value count, and their values in one blob. Every blob read
 * costs an allocation of its own; at 20k accounts one blob per account cost more than the rest of
 * reading them.
 */

/** Buckets of accounts: ~80 accounts a row at 20k accounts. */
export const bucketCount = 256;

/** The bucket of an account: FNV-1a of its IBAN. */
export function bucketOf(iban: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < iban.length; index += 1) {
    hash ^= iban.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % bucketCount;
}

export interface CurrencyNetRow {
  readonly currency: string;
  readonly netCents: number;
}

export interface RecentFlowRow extends CurrencyNetRow {
  readonly day: number;
}

export interface PackedAccount {
  readonly iban: string;
  /** The account's currencies, comma-separated. */
  readonly currencies: string;
  readonly values: Float64Array;
}

export function packAccount(
  iban: string,
  totals: readonly CurrencyNetRow[],
  rows: readonly RecentFlowRow[],
): PackedAccount {
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
  return { iban, currencies: currencies.join(','), values };
}

export interface PackedBucket {
  /** One line per account: IBAN, currencies and number of values, tab-separated. */
  readonly accounts: string;
  readonly figures: Buffer;
}

export function packBucket(accounts: readonly PackedAccount[]): PackedBucket {
  const figures = new Float64Array(accounts.reduce((sum, account) => sum + account.values.length, 0));
  let at = 0;
  for (const account of accounts) {
    figures.set(account.values, at);
    at += account.values.length;
  }
  return {
    accounts: accounts
      .map((account) => `${account.iban}\t${account.currencies}\t${String(account.values.length)}`)
      .join('\n'),
    figures: Buffer.from(figures.buffer),
  };
}

/** The IBANs a bucket row lists. */
export function bucketIbans(accounts: string): string[] {
  return accounts === '' ? [] : accounts.split('\n').map((line) => line.slice(0, line.indexOf('\t')));
}

/** Hands each account of a bucket row to `visit`, its values as a view into one array. */
export function unpackBucket(
  accounts: string,
  figures: Buffer,
  visit: (iban: string, currencies: string, values: Float64Array) => void,
): void {
  const count = Math.floor(figures.length / 8);
  const all =
    figures.byteOffset % 8 === 0
      ? new Float64Array(figures.buffer, figures.byteOffset, count)
      : new Float64Array(new Uint8Array(figures).buffer, 0, count);
  let at = 0;
  for (const line of accounts === '' ? [] : accounts.split('\n')) {
    const [iban = '', currencies = '', length = '0'] = line.split('\t');
    const size = Number(length);
    visit(iban, currencies, all.subarray(at, at + size));
    at += size;
  }
}

/**
 * Serialisers of simulator records into the exact text both dialects put on the wire, quirks
 * included: the exposer's Python-style JSON (`", "` and `": "` separators, ASCII-only) inside a
 * string, `{"Float","Valid"}` amounts, PostgreSQL array literals; the cdm-api's Python-list ibans.
 * Malformed records are written as they are (null, negative or zero amounts, broken time text,
 * empty IBANs), never repaired.
 */
import type { PaymentStream } from '../../../shared/domain';
import type { IdKind, SimCompany, SimRate, SimTransaction } from '../model';

/** A JSON string literal with non-ASCII escaped as `\uXXXX`, as Python's json.dumps does by default. */
export function pyString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function num(value: number): string {
  return Number.isFinite(value) ? JSON.stringify(value) : 'null';
}

/** PostgreSQL array literal `{A,B}`, quoting elements the way PostgreSQL's array output does. */
export function pgArrayLiteral(items: readonly string[]): string {
  const quoted = items.map((item) =>
    item === '' || /[{},"\\\s]/.test(item) || item.toUpperCase() === 'NULL'
      ? `"${item.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`
      : item,
  );
  return `{${quoted.join(',')}}`;
}

/** Python `repr` of a list of strings: `['NL..', 'DE..']`. */
export function pythonListLiteral(items: readonly string[]): string {
  const reprs = items.map((item) => {
    const quote = item.includes("'") && !item.includes('"') ? '"' : "'";
    const escaped = item.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
    return `${quote}${escaped}${quote}`;
  });
  return `[${reprs.join(', ')}]`;
}

// ---------------------------------------------------------------------------------------- exposer

export function exposerTransaction(record: SimTransaction): string {
  const amount =
    record.amount === null
      ? '{"Float": 0, "Valid": false}'
      : `{"Float": ${num(record.amount)}, "Valid": true}`;
  return (
    `{"id": ${record.idNum}, "sender": ${pyString(record.payer)}, "beneficiary": ${pyString(record.beneficiary)}, ` +
    `"amount": ${amount}, "currency": ${pyString(record.currency)}, "time": ${pyString(record.time)}}`
  );
}

/** One poll body: objects of at most `chunkSize` records, concatenated; an empty batch is one `"[]"` object. */
export function exposerBatch(
  source: PaymentStream,
  records: readonly SimTransaction[],
  chunkSize: number,
): string {
  const key = `${source}_transactions`;
  if (records.length === 0) return `{"${key}": "[]"}`;
  const parts: string[] = [];
  for (let start = 0; start < records.length; start += chunkSize) {
    const inner = `[${records
      .slice(start, start + chunkSize)
      .map(exposerTransaction)
      .join(', ')}]`;
    parts.push(`{"${key}": ${JSON.stringify(inner)}}`);
  }
  return parts.join('');
}

export function exposerCompanyInfo(companies: readonly SimCompany[]): string {
  const inner = companies
    .map(
      (c) =>
        `{"companyID": ${c.companyId}, "ibans": ${pyString(pgArrayLiteral(c.ibans))}, "name": ${pyString(c.name)}, ` +
        `"address": ${pyString(c.address)}, "balance": ${num(c.reportedBalance)}}`,
    )
    .join(', ');
  return `{"company_info": ${JSON.stringify(`[${inner}]`)}}`;
}

/** The rate table is compact JSON on the real exposer (unlike the other endpoints). */
export function exposerExchangeRates(rates: readonly SimRate[]): string {
  const inner = rates.map((r) => ({ currency: r.currency, usd_rate: r.usdRate, eur_rate: r.eurRate }));
  return JSON.stringify({ exchange_rates: JSON.stringify(inner) });
}

// ---------------------------------------------------------------------------------------- cdm-api

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Clean times in the API's millisecond ISO form; a broken time text goes out as it is. */
export function cdmTimestamp(record: SimTransaction): string {
  if (rfc3339.test(record.time) && Date.parse(record.time) === record.tsMs)
    return new Date(record.tsMs).toISOString();
  return record.time;
}

export function cdmTransaction(record: SimTransaction, idKind: IdKind): Record<string, unknown> {
  const parties =
    record.source === 'sepa'
      ? { payer: record.payer, receiver: record.beneficiary }
      : { sender: record.payer, beneficiary: record.beneficiary };
  return {
    id: idKind === 'int' ? record.idNum : record.id,
    ...parties,
    amount: record.amount,
    currency: record.currency,
    timestamp: cdmTimestamp(record),
  };
}

export function cdmCompany(company: SimCompany): Record<string, unknown> {
  return {
    id: company.companyId,
    ibans: pythonListLiteral(company.ibans),
    name: company.name,
    address: company.address,
  };
}

export function cdmRates(rates: readonly SimRate[]): Record<string, unknown>[] {
  return rates.map((r) => ({ currency: r.currency, usd_rate: r.usdRate, eur_rate: r.eurRate }));
}

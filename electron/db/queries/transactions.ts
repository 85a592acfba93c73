/**
 * A page of one company's stored transactions over a day range, valid and quarantined: the ids come
 * from the two per-company indexes (a transfer between own accounts is in both, counted once), then
 * are filtered by status, sorted and paged. Sort and order come from fixed lists, never from text;
 * "amount" sorts by the amount converted into the reporting currency (factors bound as parameters),
 * so a page is not all JPY first. Each row says whether a valid record identical to it apart from
 * the id exists (a possible duplicate, docs/domain.md "Duplicates").
 */
import type { ReadableDb } from '../connection';
import { sameApartFromId } from '../mutations/duplicates';

export type TransactionStatusFilter = 'all' | 'valid' | 'quarantined';
export type TransactionSort = 'ts' | 'amount';

export interface TransactionRow {
  readonly source: number;
  readonly extId: string;
  readonly tsText: string;
  readonly day: number;
  readonly payer: string;
  readonly beneficiary: string;
  readonly payerCompany: number | null;
  readonly beneficiaryCompany: number | null;
  readonly amount: number | null;
  readonly amountCents: number;
  readonly currency: string;
  readonly status: number;
  readonly reason: 'batch-payment' | 'invalid-iban' | 'invalid-currency' | 'malformed' | null;
  readonly detail: string | null;
  /** 1 when a record identical apart from the id exists; only the paged company query reads it. */
  readonly possibleDuplicate?: number;
  /** The record as received, when it was kept (quarantined records); only the paged query reads it. */
  readonly raw?: string | null;
}

const companyIds = `SELECT txn_id FROM txn WHERE payer_company = @company AND day BETWEEN @from AND @to
  UNION SELECT txn_id FROM txn WHERE beneficiary_company = @company AND day BETWEEN @from AND @to`;

const statusClause: Record<TransactionStatusFilter, string> = {
  all: '',
  valid: 'AND t.status = 0',
  quarantined: 'AND t.status <> 0',
};

/** Converted amount; NULL for a currency without a factor, which sorts after every number. */
function convertedExpression(factors: ReadonlyMap<string, number>): string {
  if (factors.size === 0) return 'NULL';
  return `t.amount_cents * CASE t.currency ${[...factors].map(() => 'WHEN ? THEN ?').join(' ')} END`;
}

function orderBy(sort: TransactionSort, order: 'asc' | 'desc', factors: ReadonlyMap<string, number>): string {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  if (sort === 'ts') return `t.ts_ms ${direction}, t.txn_id ${direction}`;
  const converted = convertedExpression(factors);
  return `(${converted}) IS NULL, ${converted} ${direction}, t.txn_id ${direction}`;
}

/** Valid records, and copies the duplicates setting left out, both have no quarantine reason. */
const possibleDuplicate = `t.reason IS NULL AND t.day IS NOT NULL
  AND EXISTS (SELECT 1 FROM txn d WHERE ${sameApartFromId} AND d.reason IS NULL)`;

/** Narrowing of a company's records; every field optional, all given ones must hold. */
export interface TransactionFilters {
  /** Part of the other side's IBAN, upper case without spaces. */
  readonly counterparty?: string | undefined;
  readonly direction?: 'all' | 'in' | 'out' | 'own' | undefined;
  readonly recordCurrency?: string | undefined;
  /** Bounds of the amount converted into the reporting currency (records without a rate never match). */
  readonly minConverted?: number | undefined;
  readonly maxConverted?: number | undefined;
  /** Part of the id, either IBAN or the quarantine detail, any case. */
  readonly text?: string | undefined;
}

const directionClause = {
  all: '',
  in: 'AND t.beneficiary_company = @company AND t.payer_company IS NOT @company',
  out: 'AND t.payer_company = @company AND t.beneficiary_company IS NOT @company',
  own: 'AND t.payer_company = @company AND t.beneficiary_company = @company',
} as const;

/** `%text%` for LIKE, with the pattern characters in the text matched as themselves. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The WHERE additions of the filters, their named parameters, and the positional ones they use. */
function filterSql(
  query: TransactionPageQuery,
  factors: ReadonlyMap<string, number>,
): { readonly sql: string; readonly named: Record<string, unknown>; readonly positional: unknown[] } {
  const parts: string[] = [statusClause[query.status], directionClause[query.direction ?? 'all']];
  const named: Record<string, unknown> = {};
  const positional: unknown[] = [];
  if (query.counterparty !== undefined && query.counterparty !== '') {
    parts.push(`AND ((t.beneficiary_company = @company AND t.payer LIKE @counterparty ESCAPE '\\')
      OR (t.payer_company = @company AND t.beneficiary LIKE @counterparty ESCAPE '\\'))`);
    named['counterparty'] = containing(query.counterparty);
  }
  if (query.recordCurrency !== undefined) {
    parts.push('AND t.currency = @recordCurrency');
    named['recordCurrency'] = query.recordCurrency;
  }
  for (const [bound, operator, value] of [
    ['min', '>=', query.minConverted],
    ['max', '<=', query.maxConverted],
  ] as const) {
    if (value === undefined) continue;
    parts.push(`AND (${convertedExpression(factors)}) ${operator} @${bound}Cents`);
    positional.push(...[...factors].flat());
    named[`${bound}Cents`] = value * 100;
  }
  if (query.text !== undefined && query.text !== '') {
    parts.push(`AND (t.ext_id LIKE @text ESCAPE '\\' OR t.payer LIKE @text ESCAPE '\\'
      OR t.beneficiary LIKE @text ESCAPE '\\' OR t.detail LIKE @text ESCAPE '\\')`);
    named['text'] = containing(query.text);
  }
  return { sql: parts.join(' '), named, positional };
}

export interface TransactionPageQuery extends TransactionFilters {
  readonly companyId: number;
  readonly fromDay: number;
  readonly toDay: number;
  readonly status: TransactionStatusFilter;
  readonly sort: TransactionSort;
  readonly order: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
  /** Factors into the reporting currency, for sorting by converted amount. */
  readonly factors?: ReadonlyMap<string, number>;
}

export function countCompanyTransactions(db: ReadableDb, query: TransactionPageQuery): number {
  const filters = filterSql(query, query.factors ?? new Map<string, number>());
  return db
    .prepare(`SELECT count(*) FROM txn t WHERE t.txn_id IN (${companyIds}) ${filters.sql}`)
    .pluck()
    .get(...filters.positional, {
      company: query.companyId,
      from: query.fromDay,
      to: query.toDay,
      ...filters.named,
    }) as number;
}

export function companyTransactionPage(db: ReadableDb, query: TransactionPageQuery): TransactionRow[] {
  const factors = query.factors ?? new Map<string, number>();
  const orderParameters = query.sort === 'amount' ? [...factors].flat() : [];
  const filters = filterSql(query, factors);
  return db
    .prepare(
      `SELECT t.source, t.ext_id AS extId, t.ts_text AS tsText, t.day, t.payer, t.beneficiary,
         t.payer_company AS payerCompany, t.beneficiary_company AS beneficiaryCompany, t.amount,
         t.amount_cents AS amountCents, t.currency, t.status, t.reason, t.detail,
         ${possibleDuplicate} AS possibleDuplicate, t.raw
       FROM txn t WHERE t.txn_id IN (${companyIds}) ${filters.sql}
       ORDER BY ${orderBy(query.sort, query.order, factors)} LIMIT @limit OFFSET @offset`,
    )
    .all(...filters.positional, ...orderParameters, ...orderParameters, {
      company: query.companyId,
      from: query.fromDay,
      to: query.toDay,
      ...filters.named,
      limit: query.limit,
      offset: query.offset,
    }) as TransactionRow[];
}

/**
 * The transactions table's rows, fetched a block at a time as they scroll into view: each block is
 * a `company:transactions` query of its own (cached under its offset), so scrolling back is instant
 * and 100,000 rows never load at once. The first block also gives the total the scroller is sized by.
 */
import { useQueries } from '@tanstack/react-query';
import type { TransactionLine } from '../../../shared/analytics';
import type { MethodInput } from '../../../shared/contract';
import { callContract, type ContractError } from './contract-call';
import { contractKey, useContractQuery } from './hooks';
import { sameCompany, type CompanyScope } from './company';

/** Rows per request; the service allows up to 500. */
export const transactionBlock = 100;

/** The table's own state: which records, in which order. */
export interface TransactionsQuery {
  readonly status: 'all' | 'valid' | 'quarantined';
  readonly sort: 'ts' | 'amount';
  readonly order: 'asc' | 'desc';
  readonly counterparty: string;
  readonly direction: 'all' | 'in' | 'out' | 'own';
  readonly recordCurrency: string;
  readonly minAmount: string;
  readonly maxAmount: string;
  readonly text: string;
}

export const initialTransactionsQuery: TransactionsQuery = {
  status: 'all',
  sort: 'ts',
  order: 'desc',
  counterparty: '',
  direction: 'all',
  recordCurrency: '',
  minAmount: '',
  maxAmount: '',
  text: '',
};

/** An amount typed with a decimal point or comma; blank or unreadable means no bound. */
function amount(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) || value < 0 ? undefined : value;
}

export function transactionsArgument(
  scope: CompanyScope,
  query: TransactionsQuery,
  offset: number,
): MethodInput<'companyTransactions'> {
  const { companyId, from, to, currency } = scope;
  const min = amount(query.minAmount);
  const max = amount(query.maxAmount);
  return {
    companyId,
    from,
    to,
    currency,
    status: query.status,
    sort: query.sort,
    order: query.order,
    direction: query.direction,
    offset,
    limit: transactionBlock,
    ...(query.counterparty.trim() === '' ? {} : { counterparty: query.counterparty.trim() }),
    ...(/^[A-Za-z]{3}$/.test(query.recordCurrency.trim())
      ? { recordCurrency: query.recordCurrency.trim() }
      : {}),
    ...(min === undefined ? {} : { minAmount: min }),
    ...(max === undefined || (min !== undefined && max < min) ? {} : { maxAmount: max }),
    ...(query.text.trim() === '' ? {} : { text: query.text.trim() }),
  };
}

export interface TransactionWindow {
  /** The first block's answer: total, currency and conversion (the previous one while reloading). */
  readonly first: ReturnType<typeof useContractQuery<'companyTransactions'>>;
  /** The line at a row index, once its block has arrived. */
  readonly line: (index: number) => TransactionLine | undefined;
  readonly error: ContractError | null;
}

export function useTransactionWindow(
  scope: CompanyScope,
  query: TransactionsQuery,
  visible: readonly number[],
): TransactionWindow {
  const first = useContractQuery('companyTransactions', transactionsArgument(scope, query, 0), {
    keepPrevious: sameCompany(scope.companyId),
  });
  const blocks = [...new Set(visible.map((index) => Math.floor(index / transactionBlock)))].filter(
    (block) => block > 0,
  );
  const later = useQueries({
    queries: blocks.map((block) => {
      const argument = transactionsArgument(scope, query, block * transactionBlock);
      return {
        queryKey: contractKey('companyTransactions', argument),
        queryFn: () => callContract('companyTransactions', argument),
      };
    }),
  });
  const byBlock = new Map<number, readonly TransactionLine[]>();
  if (first.data !== undefined && !first.isPlaceholderData) byBlock.set(0, first.data.transactions);
  blocks.forEach((block, position) => {
    const data = later[position]?.data;
    if (data !== undefined) byBlock.set(block, data.transactions);
  });
  const laterError = later.find((result) => result.error !== null)?.error ?? null;
  return {
    first,
    line: (index) => byBlock.get(Math.floor(index / transactionBlock))?.[index % transactionBlock],
    error: first.error ?? (laterError as ContractError | null),
  };
}

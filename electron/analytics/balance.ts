/** `get_account_balance`: a company's balance, debt, credit and account balances at the end of a day. */
import type { CompanyBalance } from '../../shared/analytics';
import type { ReportingCurrency } from '../../shared/domain';
import { isoFromDay } from '../../shared/days';
import type { ReadableDb } from '../db/connection';
import { flowSpan, netBefore } from '../db/queries/flows';
import { loadOpeningBalances } from '../db/queries/rates';
import { lastTransactionDay } from '../db/queries/sync-facts';
import { convertNets, summarizeBalances } from './account-balances';
import { requireCompany } from './company-lookup';
import { loadConversion } from './conversion';

export interface BalanceQuery {
  readonly companyId: number;
  /** Integer day; defaults to the last day of the synced data. */
  readonly day?: number;
  readonly currency: ReportingCurrency;
}

export function companyBalance(db: ReadableDb, query: BalanceQuery): CompanyBalance {
  const company = requireCompany(db, query.companyId);
  const day = query.day ?? lastTransactionDay(db) ?? 0;
  const conversion = loadConversion(db, query.currency);
  const openings = loadOpeningBalances(db, query.currency, company.ibans);
  const unconverted = new Set<string>();
  const accounts = company.ibans.map((iban) => ({
    iban,
    balance: (openings.get(iban) ?? 0) + convertNets(netBefore(db, iban, day + 1), conversion, unconverted),
  }));
  const summary = summarizeBalances(accounts.map((account) => account.balance));
  let lastDay: number | null = null;
  for (const iban of company.ibans) {
    const span = flowSpan(db, iban);
    if (span !== null && (lastDay === null || span.last > lastDay)) lastDay = span.last;
  }
  // The reported balance is in EUR (the exposer's figure); compare only in that currency.
  const reported = query.currency === 'EUR' ? company.reportedBalance : null;
  return {
    companyId: company.companyId,
    name: company.name,
    at: isoFromDay(day),
    currency: query.currency,
    ...summary,
    accounts,
    reportedBalance: company.reportedBalance,
    reportedDifference: reported === null ? null : summary.balance - reported,
    lastTransactionDay: lastDay === null ? null : isoFromDay(lastDay),
    unconvertedCurrencies: [...unconverted].sort(),
  };
}

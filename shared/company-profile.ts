/** The company view's opening facts: who the client is and which days its data covers. */

export interface CompanyProfile {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  /** The company's accounts, in the order the source lists them. */
  readonly ibans: readonly string[];
  /**
   * The days the company view can show, `YYYY-MM-DD`: from the first day of the month of the
   * company's first transaction (where the range preset "All" starts) to the last synced day (the
   * "current" day of docs/domain.md, where every preset ends). Null when nothing is synced yet.
   */
  readonly dataSpan: { readonly first: string; readonly last: string } | null;
  /** First and last day with a valid transaction of this company, or null when it has none. */
  readonly activity: { readonly first: string; readonly last: string } | null;
  /**
   * False when the sources are limited to a portfolio (a scope) that leaves this company out: its
   * figures would be partial, so the figure methods answer `not-in-scope` for it.
   */
  readonly inScope: boolean;
}

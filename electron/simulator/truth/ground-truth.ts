/**
 * The ground truth the simulator publishes for a data set (`cashflow simulator truth`): expected
 * end-of-quarter balances, debt and credit per account and company in EUR and USD, and per company
 * and quarter the countries transacted with, under the rules of docs/domain.md. End-to-end tests compare
 * the app's figures with these to the cent.
 */
import type { SourceCounts } from '../dataset-counts';
import type { Setting, SimRate } from '../model';

/** Figures per quarter end, index-aligned with `GroundTruth.quarterEnds`, rounded to cents. */
export interface MoneySeries {
  readonly balance: number[];
  /** Σ max(0, −account balance). */
  readonly debt: number[];
  /** Σ max(0, account balance). */
  readonly credit: number[];
}

export interface AccountTruth {
  readonly iban: string;
  /** Balance at each quarter end in EUR / USD. */
  readonly eur: number[];
  readonly usd: number[];
}

export interface CountryTruth {
  /** First two letters of the counterparty IBAN (own-account transfers are not counted). */
  readonly country: string;
  /** Inflow and outflow in EUR. */
  readonly inflow: number;
  readonly outflow: number;
  /** Transactions counted per company side (own-account transfers are not counted). */
  readonly count: number;
}

export interface QuarterCountries {
  /** `2018-Q1` … `2021-Q4`: transactions with ts inside that quarter. */
  readonly quarter: string;
  /** Sorted by country code. */
  readonly countries: CountryTruth[];
}

/** Company-level flows of one quarter in EUR: transfers between own accounts left out. */
export interface QuarterFlows {
  readonly quarter: string;
  readonly inflow: number;
  readonly outflow: number;
  /** Valid transactions touching the company, own-account transfers excluded. */
  readonly count: number;
  /** Own-account transfers of the quarter. */
  readonly internal: number;
}

export interface CompanyTruth {
  readonly companyId: number;
  readonly accounts: AccountTruth[];
  readonly eur: MoneySeries;
  readonly usd: MoneySeries;
  readonly countries: QuarterCountries[];
  readonly flows: QuarterFlows[];
}

export interface GroundTruth {
  readonly setting: Setting;
  readonly seed: number;
  /** `2018-03-31` … `2021-12-31` (UTC calendar days, balances at end of day). */
  readonly quarterEnds: string[];
  /** The rate table the conversions used, and how it was read (docs/domain.md). */
  readonly rates: SimRate[];
  readonly reading: {
    readonly eurRate: 'multiply' | 'divide';
    readonly usdRate: 'multiply' | 'divide';
    /** EUR per USD. */
    readonly eurPerUsd: number;
  };
  /** First and last UTC day of the clean records of both sources: the synced span. */
  readonly span: { readonly from: string; readonly to: string };
  /** Records per source: clean (strict-IBAN warnings included) and per corruption kind. */
  readonly counts: { readonly sepa: SourceCounts; readonly swift: SourceCounts };
  readonly companies: CompanyTruth[];
}

export interface Quarter {
  readonly label: string;
  readonly lastDay: string;
  readonly startMs: number;
  /** Exclusive. */
  readonly endMs: number;
}

/** The 16 quarters of the data period. */
export function quarters(): Quarter[] {
  const out: Quarter[] = [];
  for (let year = 2018; year <= 2021; year += 1) {
    for (let q = 0; q < 4; q += 1) {
      const startMs = Date.UTC(year, q * 3, 1);
      const endMs = Date.UTC(year, q * 3 + 3, 1);
      out.push({
        label: `${year}-Q${q + 1}`,
        lastDay: new Date(endMs - 1).toISOString().slice(0, 10),
        startMs,
        endMs,
      });
    }
  }
  return out;
}

/** Rounds to cents once, at the end (half away from zero, never -0). */
export function toCents(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
  return rounded === 0 ? 0 : rounded;
}

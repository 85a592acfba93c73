/** The data-quality report: quarantined records by reason, source and company, and rate-table warnings. */
import { z } from 'zod';
import type { QuarantineReason, ReportingCurrency, PaymentStream } from './domain';
import { reportingCurrency } from './schemas';
import type { Converted } from './analytics';

export const qualityArgument = z
  .object({
    currency: reportingCurrency,
    /** Sample records per reason. */
    samples: z.number().int().min(0).max(100).default(5),
    /** Companies with the most quarantined records. */
    companies: z.number().int().min(0).max(1000).default(20),
  })
  .strict()
  .optional();

export interface ReasonCount {
  readonly reason: QuarantineReason;
  readonly source: PaymentStream;
  readonly count: number;
}

export interface CompanyQuality {
  readonly companyId: number;
  readonly name: string;
  readonly count: number;
  readonly byReason: Partial<Record<QuarantineReason, number>>;
}

export interface QuarantineSample {
  readonly reason: QuarantineReason;
  readonly source: PaymentStream;
  readonly id: string;
  readonly payer: string;
  readonly beneficiary: string;
  readonly ts: string;
  readonly amount: number | null;
  readonly currency: string;
  readonly detail: string | null;
  /** The wire record as received, for records that could not be read. */
  readonly raw: string | null;
}

export type RateWarning =
  | {
      readonly kind: 'identity-not-one';
      readonly currency: string;
      readonly column: 'eurRate' | 'usdRate';
      readonly value: number;
    }
  | {
      readonly kind: 'cross-rate';
      readonly currency: string;
      readonly eurRate: number;
      readonly impliedEurRate: number;
      readonly disagreement: number;
    }
  | { readonly kind: 'non-iso-code'; readonly currency: string }
  | {
      readonly kind: 'no-rate';
      readonly currency: string;
      readonly reporting: ReportingCurrency;
      readonly movements: number;
    };

/** Records identical apart from their id: counted unless the analyst excludes them (docs/domain.md). */
export interface PossibleDuplicates {
  readonly groups: number;
  /** Records in those groups (every copy, the first included). */
  readonly records: number;
  /** Copies left out of the figures because the setting is on. */
  readonly excluded: number;
  readonly excludeSetting: boolean;
  readonly samples: readonly {
    readonly source: PaymentStream;
    readonly ts: string;
    readonly payer: string;
    readonly beneficiary: string;
    readonly amount: number | null;
    readonly currency: string;
    readonly ids: readonly string[];
  }[];
}

export interface QualityReport extends Converted {
  /**
   * Set when the sources are limited to a portfolio: the counts cover only the records fetched, those
   * touching the companies in scope, not the bank's whole book. Absent or null for the whole bank.
   */
  readonly scope?: { readonly companies: number } | null;
  readonly currency: ReportingCurrency;
  readonly totals: { readonly transactions: number; readonly valid: number; readonly quarantined: number };
  readonly byReason: readonly ReasonCount[];
  readonly companies: readonly CompanyQuality[];
  readonly samples: readonly QuarantineSample[];
  readonly rateWarnings: readonly RateWarning[];
  /** Valid records that fail only the strict ISO 13616 check, per source (a warning while strict mode is off). */
  readonly strictIbanWarnings: readonly { readonly source: PaymentStream; readonly count: number }[];
  readonly strictIban: boolean;
  /** Optional in the type only for hand-built reports; the service always fills it. */
  readonly possibleDuplicates?: PossibleDuplicates;
  /** Companies and rate rows a source sent that could not be read at all: counts and the first few. */
  readonly unreadable: {
    readonly companies: number;
    readonly rates: number;
    readonly samples: readonly {
      readonly kind: 'company' | 'rate';
      readonly raw: string;
      readonly detail: string;
    }[];
  };
}

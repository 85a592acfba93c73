/** What the sync reports while it runs and when it ends; crosses worker, IPC and CLI boundaries. */
import type { QuarantineReason } from './domain';
import type { AppError } from './result';

export type SyncPhase = 'connecting' | 'companies' | 'rates' | 'sepa' | 'swift' | 'waiting' | 'done';

export interface SyncProgress {
  readonly phase: SyncPhase;
  readonly pages: number;
  /** Transaction records received in this run (before deduplication). */
  readonly records: number;
  readonly recordsPerSecond: number;
  /** Latest transaction day reached in the current stream, `YYYY-MM-DD`. */
  readonly periodReached: string | null;
  readonly retries: number;
  /** Seconds left in the current pass, when it can be estimated. */
  readonly etaSeconds: number | null;
  readonly elapsedMs: number;
}

export type SyncOutcome = 'complete' | 'cancelled' | 'failed';

export interface SyncSummary {
  readonly outcome: SyncOutcome;
  readonly dialect: 'exposer' | 'cdm-api' | null;
  readonly durationMs: number;
  readonly companies: number;
  readonly accounts: number;
  readonly rates: number;
  readonly pages: number;
  readonly records: number;
  readonly inserted: number;
  readonly duplicates: number;
  readonly valid: number;
  readonly quarantined: Readonly<Record<QuarantineReason, number>>;
  /** Companies and rate rows the source sent that could not be read at all (kept for the quality view). */
  readonly rejected: { readonly companies: number; readonly rates: number };
  readonly strictIbanWarnings: number;
  /**
   * The portfolio the pass was limited to: only transactions touching these companies' accounts
   * were fetched and kept. Null (or absent, in summaries stored before scopes) for the whole bank.
   */
  readonly scope?: {
    readonly companies: number;
    readonly accounts: number;
    /** Ids in the scope that the source's company list does not hold (the first 20). */
    readonly unknownCompanyIds: readonly number[];
  } | null;
  readonly retries: number;
  readonly recordsPerSecond: number;
  readonly error: AppError | null;
}

/** A configured CDM source, as the settings and status views show it (credentials never leave main). */
export interface SourceInfo {
  readonly sourceId: number;
  readonly url: string;
  readonly dialect: 'exposer' | 'cdm-api';
  readonly hasCredentials: boolean;
  /** The token is held in memory for this session only and is gone when the app quits. */
  readonly tokenForSessionOnly: boolean;
  readonly addedAt: string;
  /** True for the bundled simulator started by "use demo data". */
  readonly demo: boolean;
  /**
   * The companies this source is limited to (their transactions only; the company list is always
   * whole), or null for the whole bank.
   */
  readonly scope: SourceScope | null;
  /** This source's latest sync run as stored, so it shows after a restart too; null before the first. */
  readonly lastRun: SourceRun | null;
}

export interface SourceScope {
  /** Ascending company ids. */
  readonly companyIds: readonly number[];
}

/** What `sourceScopeDrop` deleted. */
export interface ScopeDropResult {
  /** Stored transaction records deleted (every copy, quarantined ones included). */
  readonly transactions: number;
}

/** One sync run of a source, as the database keeps it. */
export interface SourceRun {
  /** ISO instants. */
  readonly startedAt: string;
  /** Null while it runs, or when the app stopped before the run could record its end. */
  readonly finishedAt: string | null;
  readonly outcome: SyncOutcome | null;
  /** Transaction records received, when the run recorded a summary. */
  readonly records: number | null;
  /** Why a failed run failed. */
  readonly error: string | null;
}

export type SyncState = 'idle' | 'running' | 'waiting';

export interface SyncStatus {
  readonly state: SyncState;
  readonly source: SourceInfo | null;
  readonly progress: SyncProgress | null;
  readonly lastSummary: SyncSummary | null;
  /** When the next scheduled refresh starts (ISO instant), while waiting. */
  readonly nextRefreshAt: string | null;
  /** Minutes between a complete pass and the next refresh of the same source. */
  readonly refreshIntervalMinutes: number;
}

export interface SourceCheck {
  readonly url: string;
  readonly dialect: 'exposer' | 'cdm-api';
}

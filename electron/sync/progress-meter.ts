/**
 * Turns raw counters into the progress the user sees: rate, period reached and an ETA estimated
 * from how far through the expected period the stream has come.
 */
import type { SyncPhase, SyncProgress } from '../../shared/sync';
import { isoFromDay } from '../../shared/days';

export class ProgressMeter {
  private pages = 0;
  private records = 0;
  private retries = 0;
  private latestDay: number | null = null;
  private phase: SyncPhase = 'connecting';
  private phaseStartMs: number;
  private phaseStartDay: number | null = null;

  constructor(
    private readonly clock: () => number,
    private readonly startMs: number = clock(),
    /** Last day of data known from earlier runs, to estimate how far a pass has to go. */
    private readonly expectedLastDay: number | null = null,
  ) {
    this.phaseStartMs = startMs;
  }

  enter(phase: SyncPhase): void {
    this.phase = phase;
    this.phaseStartMs = this.clock();
    this.phaseStartDay = null;
    this.latestDay = null;
  }

  page(records: number, latestDay: number | null): void {
    this.pages += 1;
    this.records += records;
    if (latestDay !== null) {
      this.phaseStartDay ??= latestDay;
      if (this.latestDay === null || latestDay > this.latestDay) this.latestDay = latestDay;
    }
  }

  retry(): void {
    this.retries += 1;
  }

  get totals(): { readonly pages: number; readonly records: number; readonly retries: number } {
    return { pages: this.pages, records: this.records, retries: this.retries };
  }

  snapshot(): SyncProgress {
    const now = this.clock();
    const elapsedMs = now - this.startMs;
    return {
      phase: this.phase,
      pages: this.pages,
      records: this.records,
      recordsPerSecond: elapsedMs > 0 ? Math.round((this.records * 1000) / elapsedMs) : 0,
      periodReached: this.latestDay === null ? null : isoFromDay(this.latestDay),
      retries: this.retries,
      etaSeconds: this.eta(now),
      elapsedMs,
    };
  }

  private eta(now: number): number | null {
    const { expectedLastDay, phaseStartDay, latestDay } = this;
    if (expectedLastDay === null || phaseStartDay === null || latestDay === null) return null;
    const done = latestDay - phaseStartDay;
    const left = expectedLastDay - latestDay;
    if (done <= 0 || left < 0) return null;
    return Math.round(((now - this.phaseStartMs) / 1000) * (left / done));
  }
}

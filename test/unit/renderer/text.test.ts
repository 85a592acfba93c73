import { describe, expect, it } from 'vitest';
import type { SyncStatus, SyncSummary } from '../../../shared/sync';
import { rateWarningText } from '../../../renderer/src/text/rate-warning-text';
import { syncText } from '../../../renderer/src/text/sync-text';

const source = {
  sourceId: 1,
  url: 'http://127.0.0.1:9/',
  dialect: 'exposer' as const,
  hasCredentials: false,
  tokenForSessionOnly: false,
  addedAt: '2026-01-01T00:00:00Z',
  demo: true,
  scope: null,
  lastRun: null,
};
const summary: SyncSummary = {
  outcome: 'complete',
  dialect: 'exposer',
  durationMs: 1000,
  companies: 3,
  accounts: 5,
  rates: 4,
  pages: 2,
  records: 12_345,
  inserted: 12_000,
  duplicates: 345,
  valid: 11_900,
  quarantined: { 'batch-payment': 50, 'invalid-iban': 30, 'invalid-currency': 10, malformed: 10 },
  rejected: { companies: 0, rates: 0 },
  strictIbanWarnings: 0,
  retries: 0,
  recordsPerSecond: 12_345,
  error: null,
};

describe('the sync status line', () => {
  it('tells the last stored run of the source after a restart, before any sync of this session', () => {
    const restarted = {
      ...source,
      lastRun: {
        startedAt: '2026-01-02T08:00:00.000Z',
        finishedAt: '2026-01-02T08:05:00.000Z',
        outcome: 'complete' as const,
        records: 1234,
        error: null,
      },
    };
    expect(
      syncText({
        state: 'idle',
        source: restarted,
        progress: null,
        lastSummary: null,
        nextRefreshAt: null,
        refreshIntervalMinutes: 15,
      }),
    ).toBe('Last sync complete 2026-01-02 08:05 UTC · 1,234 records');
  });

  it('shows the phase, records, speed and the day reached while a sync runs', () => {
    const status: SyncStatus = {
      state: 'running',
      source,
      progress: {
        phase: 'swift',
        pages: 3,
        records: 15_000,
        recordsPerSecond: 5_000.4,
        periodReached: '2020-03-01',
        retries: 0,
        etaSeconds: 4.2,
        elapsedMs: 3000,
      },
      lastSummary: null,
      nextRefreshAt: null,
      refreshIntervalMinutes: 15,
    };
    expect(syncText(status)).toBe(
      'Syncing SWIFT · 15,000 records · 5,000/s · reached 2020-03-01 · about 5 s left',
    );
  });

  it('summarises the last sync and the next refresh while idle', () => {
    const status: SyncStatus = {
      state: 'waiting',
      source,
      progress: null,
      lastSummary: summary,
      nextRefreshAt: '2026-01-01T10:15:00.000Z',
      refreshIntervalMinutes: 15,
    };
    expect(syncText(status)).toBe(
      'Last sync complete · 12,345 records, 11,900 valid · next refresh 10:15 UTC',
    );
  });

  it('says why the last sync failed', () => {
    const failed: SyncSummary = {
      ...summary,
      outcome: 'failed',
      error: { code: 'source-unreachable', message: 'The CDM API at http://x did not answer.' },
    };
    expect(
      syncText({
        state: 'idle',
        source,
        progress: null,
        lastSummary: failed,
        nextRefreshAt: null,
        refreshIntervalMinutes: 15,
      }),
    ).toBe('Last sync failed: The CDM API at http://x did not answer.');
  });
});

describe('rate-table warnings in words', () => {
  it('names the currency and the figures affected', () => {
    expect(
      rateWarningText({ kind: 'identity-not-one', currency: 'EUR', column: 'eurRate', value: 0.92 }),
    ).toContain('EUR.eurRate is 0.92, not 1');
    expect(rateWarningText({ kind: 'non-iso-code', currency: 'SGP' })).toBe(
      'SGP is not an ISO 4217 currency code.',
    );
    expect(
      rateWarningText({ kind: 'no-rate', currency: 'NOK', reporting: 'USD', movements: 1200 }),
    ).toContain('1,200 movements are left out of USD figures');
    expect(
      rateWarningText({
        kind: 'cross-rate',
        currency: 'GBP',
        eurRate: 1.32,
        impliedEurRate: 1.18,
        disagreement: 0.118,
      }),
    ).toContain('11.8 %');
  });
});

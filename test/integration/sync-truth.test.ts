import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolio } from '../../electron/analytics/portfolio';
import { loadConversion } from '../../electron/analytics/conversion';
import { openReadableDatabase } from '../../electron/db/connection';
import { countByReason } from '../../electron/db/queries/checksum';
import { startSimulatorServer, type Dialect } from '../../electron/simulator/serve/server';
import { runSyncJob } from '../../electron/sync/job';
import { compareWithTruth } from '../helpers/truth-compare';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

describe.each<Dialect>(['cdm-api', 'exposer'])(
  'a full sync of the small setting over the %s dialect',
  (dialect) => {
    let fixture: SimFixture;
    let dbPath: string;
    let summary: Awaited<ReturnType<typeof runSyncJob>>;

    beforeAll(async () => {
      fixture = simFixture({ setting: 'small' });
      const server = await startSimulatorServer({ dataset: fixture.dataset, dialect });
      try {
        dbPath = fixture.dbPath(dialect);
        summary = await runSyncJob({ dbPath, url: server.url, dialect: 'auto', tuning: fastTuning });
      } finally {
        await server.close();
      }
    });

    afterAll(() => {
      fixture.dispose();
    });

    it('completes in one pass, detecting the dialect', () => {
      expect(summary.error).toBeNull();
      expect(summary).toMatchObject({
        outcome: 'complete',
        dialect,
        companies: fixture.truth.companies.length,
      });
    });

    it('equals the ground truth for every account and company at every quarter end, and for countries and company flows per quarter', () => {
      // The data set has transfers between a company's own accounts, or the rule would go untested.
      expect(fixture.truth.companies.some((c) => c.flows.some((f) => f.internal > 0))).toBe(true);
      const db = openReadableDatabase(dbPath);
      try {
        expect(compareWithTruth(db, fixture.truth).slice(0, 20)).toEqual([]);
      } finally {
        db.close();
      }
    });

    it("reads the bank's rate table with the ground truth's reading, and a EUR↔USD rate between 1.05 and 1.20", () => {
      const db = openReadableDatabase(dbPath);
      try {
        const info = loadConversion(db, 'USD').info;
        expect(info.conventions.eurRate.convention).toBe(fixture.truth.reading.eurRate);
        expect(info.conventions.usdRate.convention).toBe(fixture.truth.reading.usdRate);
        expect(fixture.truth.reading).toMatchObject({ eurRate: 'multiply', usdRate: 'divide' });
        expect(info.eurPerUsd).toBeCloseTo(fixture.truth.reading.eurPerUsd, 12);
        expect(info.eurPerUsd).toBeGreaterThan(1.05);
        expect(info.eurPerUsd).toBeLessThan(1.2);
        // Each sync keeps the table it received, dated.
        expect(info.snapshots).toHaveLength(1);
      } finally {
        db.close();
      }
    });

    it('gives USD portfolio totals within 10 % of the EUR totals converted at that rate', () => {
      const db = openReadableDatabase(dbPath);
      try {
        const all = { filter: 'all', sort: 'companyId', order: 'asc', offset: 0, limit: 20_000 } as const;
        const eur = portfolio(db, { ...all, currency: 'EUR' });
        const usd = portfolio(db, { ...all, currency: 'USD' });
        const eurPerUsd = loadConversion(db, 'EUR').factor('USD') ?? NaN;
        const total = (rows: typeof eur.rows) => rows.reduce((sum, row) => sum + Math.abs(row.balance), 0);
        // 1 USD = eurPerUsd EUR, so a EUR total is worth (EUR total ÷ eurPerUsd) USD.
        const expected = total(eur.rows) / eurPerUsd;
        expect(Math.abs(total(usd.rows) / expected - 1)).toBeLessThan(0.1);
        const debt = (rows: typeof eur.rows) => rows.reduce((sum, row) => sum + row.debt, 0);
        expect(Math.abs(debt(usd.rows) / (debt(eur.rows) / eurPerUsd) - 1)).toBeLessThan(0.1);
      } finally {
        db.close();
      }
    });

    it('quarantines exactly the records the simulator corrupted, each with its reason', () => {
      const { sepa, swift } = fixture.truth.counts;
      const db = openReadableDatabase(dbPath);
      try {
        expect(countByReason(db)).toEqual({
          valid: sepa.clean + swift.clean,
          reasons: Object.fromEntries(
            Object.entries({
              'batch-payment': sepa.batchPayment + swift.batchPayment,
              'invalid-iban': sepa.invalidIban + swift.invalidIban,
              'invalid-currency': sepa.invalidCurrency + swift.invalidCurrency,
              malformed: sepa.malformed + swift.malformed,
            }).filter(([, count]) => count > 0),
          ),
        });
        expect(summary.strictIbanWarnings).toBe(sepa.strictIbanWarning + swift.strictIbanWarning);
      } finally {
        db.close();
      }
    });

    it('counts every re-delivered record once', () => {
      const { sepa, swift } = fixture.truth.counts;
      expect(summary.duplicates).toBeGreaterThanOrEqual(sepa.duplicate + swift.duplicate);
      if (dialect === 'cdm-api') expect(summary.duplicates).toBe(sepa.duplicate + swift.duplicate);
    });
  },
);

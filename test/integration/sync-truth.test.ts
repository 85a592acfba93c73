import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

    it('equals the ground truth for every account and company at every quarter end, and for countries per quarter', () => {
      const db = openReadableDatabase(dbPath);
      try {
        expect(compareWithTruth(db, fixture.truth).slice(0, 20)).toEqual([]);
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

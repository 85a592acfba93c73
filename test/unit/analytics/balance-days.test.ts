import { describe, expect, it } from 'vitest';
import { companyBalance } from '../../../electron/analytics/balance';
import { dayFromIso, isoFromDay } from '../../../shared/days';
import type { RawTransaction } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

describe('company balance on every day of the history', () => {
  const start = dayFromIso('2021-01-01') ?? 0;
  const records: RawTransaction[] = [];
  for (let d = 0; d < 60; d += 3) {
    const ts = `${isoFromDay(start + d)}T10:00:00Z`;
    records.push(sepa({ id: `a${d}`, payer: ibans.kempGb, beneficiary: ibans.acmeDe, amount: 100 + d, ts }));
    records.push(
      swift({
        id: `b${d}`,
        payer: ibans.acmeDe,
        beneficiary: ibans.foreignCh,
        amount: 70,
        currency: d % 2 === 0 ? 'GBP' : 'EUR',
        ts,
      }),
    );
  }
  const db = seededDatabase(
    [{ companyId: 1, name: 'Acme', address: 'Berlin', ibans: [ibans.acmeDe], reportedBalance: null }],
    records,
  );

  it('matches the raw transactions whether it sums the days before or subtracts the days after from the running total', () => {
    for (let d = start; d < start + 64; d += 1) {
      let expected = 0;
      for (const r of records) {
        if ((dayFromIso(r.ts?.slice(0, 10) ?? '') ?? Infinity) > d) continue;
        // eur_rate reads as EUR per unit (docs/domain.md), so GBP multiplies.
        const factor = r.currency === 'GBP' ? 1.32 : 1;
        if (r.beneficiary === ibans.acmeDe) expected += (r.amount ?? 0) * factor;
        if (r.payer === ibans.acmeDe) expected -= (r.amount ?? 0) * factor;
      }
      expect(companyBalance(db, { companyId: 1, day: d, currency: 'EUR' }).balance).toBeCloseTo(expected, 6);
    }
  });

  it('answers a day after the last synced one for the last synced day, and says so', () => {
    const last = start + 57;
    const beyond = companyBalance(db, { companyId: 1, day: start + 400, currency: 'EUR' });
    expect(beyond).toMatchObject({ at: isoFromDay(last), clampedTo: isoFromDay(start + 400) });
    expect(beyond.balance).toBe(companyBalance(db, { companyId: 1, day: last, currency: 'EUR' }).balance);
  });

  it('refuses a day before the first synced one rather than invent a balance', () => {
    expect(() => companyBalance(db, { companyId: 1, day: start - 1, currency: 'EUR' })).toThrow(
      expect.objectContaining({ code: 'outside-synced-data' }),
    );
  });
});

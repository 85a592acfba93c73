import { describe, expect, it } from 'vitest';
import { fitModel, predictBalance, z80, z95 } from '../../../electron/analytics/forecast-model';
import { weekdayOfDay } from '../../../shared/days';

/** A seeded normal generator (Box–Muller over a 32-bit LCG), so the test data is fixed. */
function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('forecast model', () => {
  const firstDay = 18262; // 2020-01-01, a Wednesday
  const weekdayEffect = [0, 40, 80, 60, 200, -300, -350];
  const noise = gaussian(7);
  const days = 540;
  const net = Array.from(
    { length: days },
    (_, t) => 500 + 0.8 * t + (weekdayEffect[weekdayOfDay(firstDay + t)] ?? 0) + 50 * noise(),
  );

  it('recovers a known trend and weekly seasonality (trend within 0.1/day, weekday effects within 25)', () => {
    const model = fitModel(net, firstDay);
    expect(model).not.toBeNull();
    expect(Math.abs((model?.trend ?? 0) - 0.8)).toBeLessThan(0.1);
    weekdayEffect.forEach((effect, weekday) => {
      expect(Math.abs((model?.weekday[weekday] ?? NaN) - effect)).toBeLessThan(25);
    });
    expect(Math.abs((model?.sigma ?? 0) - 50)).toBeLessThan(10);
  });

  it('widens its intervals with the horizon, 95 % wider than 80 %', () => {
    const model = fitModel(net, firstDay);
    if (model === null) throw new Error('no model');
    const near = predictBalance(model, firstDay + days - 1, 10_000, firstDay + days + 6);
    const far = predictBalance(model, firstDay + days - 1, 10_000, firstDay + days + 89);
    expect(far.high95 - far.low95).toBeGreaterThan(near.high95 - near.low95);
    expect((near.high95 - near.low95) / (near.high80 - near.low80)).toBeCloseTo(z95 / z80, 9);
  });
});

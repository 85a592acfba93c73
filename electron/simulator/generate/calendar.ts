/**
 * The days of the data period and how many clean records each day gets: fewer on weekends, a
 * slow growth over the four years, allocated so that the per-day counts sum exactly to the total.
 */
import { periodEndMs, periodStartMs } from '../model';
import { allocate } from './pick';

export const dayMs = 86_400_000;
export const dayCount = Math.round((periodEndMs - periodStartMs) / dayMs);

export function dayStartMs(dayIndex: number): number {
  return periodStartMs + dayIndex * dayMs;
}

/** Integer weight of a day: weekday 20, Saturday 5, Sunday 3, times a growth of up to 40 %. */
function dayWeight(dayIndex: number): number {
  const weekday = new Date(dayStartMs(dayIndex)).getUTCDay();
  const base = weekday === 0 ? 3 : weekday === 6 ? 5 : 20;
  return base * (1000 + Math.floor((dayIndex * 400) / dayCount));
}

/** Clean records per day for a source total; sums exactly to `total`. */
export function dailyCounts(total: number): number[] {
  const weights: number[] = [];
  for (let day = 0; day < dayCount; day += 1) weights.push(dayWeight(day));
  return allocate(total, weights);
}

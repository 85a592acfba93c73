/**
 * The forecast model, pure and explainable: daily net flow = level + trend · t + weekday effect,
 * fitted by ordinary least squares on the history; the balance forecast is today's balance plus the
 * predicted net flows, with normal intervals widening with the square root of the horizon.
 */
import { weekdayOfDay } from '../../shared/days';

export interface FittedModel {
  readonly level: number;
  /** Change of the expected daily net flow per day. */
  readonly trend: number;
  /** Effect of each weekday (Monday first) relative to Monday; Monday is 0. */
  readonly weekday: readonly number[];
  /** Standard deviation of the residual daily net flows. */
  readonly sigma: number;
  readonly firstDay: number;
  readonly days: number;
}

export const z80 = 1.2815515655446004;
export const z95 = 1.959963984540054;

/** Solves `a x = b` by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) {
      if (Math.abs(m[row]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = row;
    }
    const top = m[pivot];
    if (top === undefined || Math.abs(top[col] ?? 0) < 1e-12) return null;
    [m[col], m[pivot]] = [top, m[col] ?? top];
    for (let row = 0; row < n; row += 1) {
      if (row === col) continue;
      const current = m[row];
      if (current === undefined) continue;
      const factor = (current[col] ?? 0) / (top[col] ?? 1);
      for (let k = col; k <= n; k += 1) current[k] = (current[k] ?? 0) - factor * (top[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

function features(day: number, firstDay: number): number[] {
  const weekday = weekdayOfDay(day);
  const row = [1, day - firstDay];
  for (let w = 1; w < 7; w += 1) row.push(weekday === w ? 1 : 0);
  return row;
}

/** Fits the model to daily net flows starting at `firstDay`; null when the history is degenerate. */
export function fitModel(netFlows: ArrayLike<number>, firstDay: number): FittedModel | null {
  const k = 8;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (let i = 0; i < netFlows.length; i += 1) {
    const x = features(firstDay + i, firstDay);
    const y = netFlows[i] ?? 0;
    for (let r = 0; r < k; r += 1) {
      const row = xtx[r];
      if (row === undefined) continue;
      xty[r] = (xty[r] ?? 0) + (x[r] ?? 0) * y;
      for (let c = 0; c < k; c += 1) row[c] = (row[c] ?? 0) + (x[r] ?? 0) * (x[c] ?? 0);
    }
  }
  const beta = solve(xtx, xty);
  if (beta === null) return null;
  let squares = 0;
  for (let i = 0; i < netFlows.length; i += 1) {
    const x = features(firstDay + i, firstDay);
    const predicted = x.reduce((sum, value, j) => sum + value * (beta[j] ?? 0), 0);
    squares += ((netFlows[i] ?? 0) - predicted) ** 2;
  }
  const dof = Math.max(1, netFlows.length - k);
  return {
    level: beta[0] ?? 0,
    trend: beta[1] ?? 0,
    weekday: [0, ...beta.slice(2)],
    sigma: Math.sqrt(squares / dof),
    firstDay,
    days: netFlows.length,
  };
}

export function predictNet(model: FittedModel, day: number): number {
  return model.level + model.trend * (day - model.firstDay) + (model.weekday[weekdayOfDay(day)] ?? 0);
}

export interface BalancePrediction {
  readonly balance: number;
  readonly low80: number;
  readonly high80: number;
  readonly low95: number;
  readonly high95: number;
}

/** Predicts the balance at `targetDay` from the balance at the end of `lastDay`. */
export function predictBalance(
  model: FittedModel,
  lastDay: number,
  lastBalance: number,
  targetDay: number,
): BalancePrediction {
  let balance = lastBalance;
  for (let day = lastDay + 1; day <= targetDay; day += 1) balance += predictNet(model, day);
  const spread = model.sigma * Math.sqrt(Math.max(0, targetDay - lastDay));
  return {
    balance,
    low80: balance - z80 * spread,
    high80: balance + z80 * spread,
    low95: balance - z95 * spread,
    high95: balance + z95 * spread,
  };
}

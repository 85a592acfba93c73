/**
 * The range a company view shows: the one the analyst chose, or, until they choose, the opening
 * preset resolved against the company's own data span. Derived, so no effect has to write it back.
 */
import type { Granularity } from '../../../shared/intervals';
import type { DataSpan, Filter, DayRange } from './filter';
import { defaultInterval, presetRange } from './range';

/** The range a company opens with: the last year, which shows both trend and weekly pattern. */
export const openingPreset = '1Y';

export interface ResolvedRange {
  readonly range: DayRange;
  readonly interval: Granularity;
}

export function resolveRange(filter: Filter, span: DataSpan): ResolvedRange {
  if (filter.range !== null) return { range: filter.range, interval: filter.interval };
  const range = presetRange(openingPreset, span.first, span.last);
  return { range, interval: defaultInterval(range) };
}

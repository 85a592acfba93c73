/**
 * Which query worker answers a read: long reads (the portfolio over every company, the data-quality
 * report, counterparties or transaction pages over more than a year) go to their own lane, so a
 * summary, a series or a search typed meanwhile is never queued behind one of them.
 */
import { dayFromIso } from '../../../shared/days';
import type { ReadMethod } from './read-methods';

/** Reads take the first two; the third writes report exports, whose PDF layout takes a second or more. */
export const lanes = ['short', 'long', 'export'] as const;
export type Lane = (typeof lanes)[number];
export type ReadLane = Exclude<Lane, 'export'>;

/** Ranges up to this many days count as short for the methods whose cost grows with the range. */
export const shortRangeDays = 366;

function rangeDays(argument: unknown): number {
  if (typeof argument !== 'object' || argument === null) return 0;
  const { from, to } = argument as { from?: unknown; to?: unknown };
  const fromDay = typeof from === 'string' ? dayFromIso(from) : null;
  const toDay = typeof to === 'string' ? dayFromIso(to) : null;
  return fromDay === null || toDay === null ? 0 : toDay - fromDay + 1;
}

export function laneOf(name: ReadMethod, argument: unknown): ReadLane {
  switch (name) {
    case 'portfolio':
    case 'qualityReport':
      return 'long';
    case 'companyCounterparties':
    case 'companyTransactions':
      return rangeDays(argument) > shortRangeDays ? 'long' : 'short';
    default:
      return 'short';
  }
}

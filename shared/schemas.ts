/** zod schemas of the values the contract's arguments are built from: ids, days, ranges, currencies. */
import { z } from 'zod';
import { dayFromIso } from './days';
import { granularities } from './intervals';

export const companyId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const isoDay = z
  .string()
  .refine((text) => dayFromIso(text) !== null, { message: 'must be a calendar day written YYYY-MM-DD' });

export const reportingCurrency = z.enum(['EUR', 'USD']).default('EUR');

export const granularity = z.enum(granularities as ['day', 'week', 'month', 'quarter', 'year']);

export const annualRate = z.number().min(0).max(1);

/** An inclusive range of days with `from` not after `to`. */
export const dayRange = z
  .object({ companyId, from: isoDay, to: isoDay, currency: reportingCurrency })
  .strict()
  .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['from'] });

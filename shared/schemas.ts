/** zod schemas of the values the contract's arguments are built from: ids, days, ranges, currencies. */
import { z } from 'zod';
import { dayFromIso } from './days';
import { granularities } from './intervals';

export const companyId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const calendarDayMessage = 'must be a calendar day written YYYY-MM-DD';

/** A calendar day kept as its text, for arguments that pass the day on as written (reports). */
export const isoDay = z.string().refine((text) => dayFromIso(text) !== null, { message: calendarDayMessage });

/**
 * A calendar day written `YYYY-MM-DD` on the wire, handed to the services as its day number (days
 * since 1970-01-01): the one conversion, done by the schema, so no handler converts by hand.
 */
export const day = z.string().transform((text, context) => {
  const value = dayFromIso(text);
  if (value === null) {
    context.addIssue({ code: 'custom', message: calendarDayMessage });
    return z.NEVER;
  }
  return value;
});

/** Optional: when omitted, the analyst's reporting-currency setting applies (EUR by default). */
export const reportingCurrency = z.enum(['EUR', 'USD']).optional();

export const granularity = z.enum(granularities as ['day', 'week', 'month', 'quarter', 'year']);

export const annualRate = z.number().min(0).max(1);

/** An inclusive range of days with `from` not after `to`. */
export const dayRange = z
  .object({ companyId, from: day, to: day, currency: reportingCurrency })
  .strict()
  .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['from'] });

const fromNotAfterTo = { message: '`from` must not be after `to`', path: ['from'] };

/** Top counterparties of a company over a range. */
export const counterpartiesArgument = z
  .object({
    companyId,
    from: day,
    to: day,
    currency: reportingCurrency,
    limit: z.number().int().min(1).max(500).default(10),
    direction: z.enum(['in', 'out', 'both']).default('both'),
  })
  .strict()
  .refine((range) => range.from <= range.to, fromNotAfterTo);

/** A page of a company's transactions over a range, valid and quarantined. */
export const transactionsArgument = z
  .object({
    companyId,
    from: day,
    to: day,
    currency: reportingCurrency,
    status: z.enum(['all', 'valid', 'quarantined']).default('all'),
    sort: z.enum(['ts', 'amount']).default('ts'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
    /** Part of the other side's IBAN; spaces and case do not matter. */
    counterparty: z
      .string()
      .max(64)
      .transform((text) => text.replace(/\s+/g, '').toUpperCase())
      .optional(),
    direction: z.enum(['all', 'in', 'out', 'own']).default('all'),
    /** The currency the record was made in (any code, so quarantined ones can be found too). */
    recordCurrency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'must be a three-letter currency code')
      .transform((code) => code.toUpperCase())
      .optional(),
    /** Bounds of the amount in the reporting currency. */
    minAmount: z.number().nonnegative().max(1e15).optional(),
    maxAmount: z.number().nonnegative().max(1e15).optional(),
    /** Part of the record's id, IBANs or quarantine detail. */
    text: z.string().max(200).optional(),
  })
  .strict()
  .refine((range) => range.from <= range.to, fromNotAfterTo)
  .refine(
    (query) =>
      query.minAmount === undefined || query.maxAmount === undefined || query.minAmount <= query.maxAmount,
    {
      message: 'the smallest amount must not exceed the largest',
      path: ['minAmount'],
    },
  );

/**
 * Pieces both dialects' record readers share: ids as text, the fallback for elements that cannot be
 * read cleanly (kept with their JSON text so the engine quarantines them instead of losing them),
 * the rate element, and one-line details of zod issues for rejected reference records.
 */
import { z } from 'zod';
import type { ExchangeRate, RawTransaction, PaymentStream } from '../../../shared/domain';
import { WireFormatError } from './concatenated-json';

/** A reference record (company, rate) that could not be read, kept for the data-quality view. */
export interface RejectedRecord {
  readonly raw: string;
  readonly detail: string;
}

/** Integer ids and uuids alike are carried as text. */
export const wireId = z.union([z.number().int(), z.string().min(1)]).transform((id) => String(id));

/** The id of a loosely read element, or null when it has none usable. */
export function idText(value: unknown): string | null {
  const parsed = wireId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON text of a wire element, kept for the data-quality view. JSON.parse reads any depth but
 * JSON.stringify recurses: an element nested some thousands of levels deep threw RangeError, which
 * failed the whole page (retried, then given up) instead of quarantining the one element.
 */
export function wireText(element: unknown): string {
  try {
    return JSON.stringify(element);
  } catch {
    return '"(an element nested too deeply to show)"';
  }
}

/** An element that is not a transaction at all (not an object, no id): every field null, raw kept. */
export function unreadableTransaction(source: PaymentStream, element: unknown): RawTransaction {
  return {
    source,
    id: '',
    payer: null,
    beneficiary: null,
    amount: null,
    currency: null,
    ts: null,
    raw: wireText(element),
  };
}

/** Adds the wire text to a record that misses a field, so the data-quality view can show what came. */
export function withRawIfIncomplete(
  record: RawTransaction,
  element: unknown,
  clean: boolean,
): RawTransaction {
  const complete =
    clean &&
    record.payer !== null &&
    record.beneficiary !== null &&
    record.amount !== null &&
    record.currency !== null &&
    record.ts !== null;
  return complete ? record : { ...record, raw: wireText(element) };
}

/** A one-line description of why zod refused an element. */
export function issueDetail(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unreadable';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Parses JSON text, naming what was being read when it fails (a parse failure is retried upstream). */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new WireFormatError(`${what} is not valid JSON: ${reason}`);
  }
}

export function expectArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new WireFormatError(`${what} is not a JSON array`);
  return value as unknown[];
}

const rateElement = z.object({
  currency: z.string().min(1),
  // zod refuses non-finite numbers (e.g. 1e999, which JSON.parse reads as Infinity).
  usd_rate: z.number(),
  eur_rate: z.number(),
});

export interface RateBatch {
  readonly rates: readonly ExchangeRate[];
  readonly rejected: readonly RejectedRecord[];
}

/** `usd_rate/eur_rate` → usdRate/eurRate; unreadable rows are rejected with a detail, the rest kept. */
export function readRates(elements: readonly unknown[]): RateBatch {
  const rates: ExchangeRate[] = [];
  const rejected: RejectedRecord[] = [];
  for (const element of elements) {
    const parsed = rateElement.safeParse(element);
    if (parsed.success) {
      rates.push({
        currency: parsed.data.currency,
        usdRate: parsed.data.usd_rate,
        eurRate: parsed.data.eur_rate,
      });
    } else {
      rejected.push({ raw: wireText(element), detail: `exchange rate ${issueDetail(parsed.error)}` });
    }
  }
  return { rates, rejected };
}

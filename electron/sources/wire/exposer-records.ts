/**
 * The exposer dialect's wire format → canonical records: JSON text inside a string, concatenated
 * objects, `{"Float","Valid"}` amounts, PostgreSQL array IBANs, `sender`/`beneficiary`/`time`.
 * Pure functions; a body that cannot be read at all throws WireFormatError (retried upstream).
 */
import { z } from 'zod';
import type { Company, RawTransaction, PaymentStream } from '../../../shared/domain';
import { splitConcatenatedJson, WireFormatError } from './concatenated-json';
import {
  expectArray,
  idText,
  isRecord,
  issueDetail,
  parseJsonText,
  readRates,
  textOrNull,
  unreadableTransaction,
  wireId,
  wireText,
  withRawIfIncomplete,
  type RateBatch,
  type RejectedRecord,
} from './common-records';
import { parsePgArray } from './iban-lists';

const nullableAmount = z.object({ Float: z.number(), Valid: z.boolean() });

const transactionElement = z.object({
  id: wireId,
  sender: z.string(),
  beneficiary: z.string(),
  amount: nullableAmount,
  currency: z.string(),
  time: z.string(),
});

/** `{"Float":x,"Valid":true}` → x; `Valid:false` or anything unreadable → null (malformed downstream). */
function looseAmount(value: unknown): number | null {
  if (!isRecord(value) || value['Valid'] !== true) return null;
  const amount = value['Float'];
  return typeof amount === 'number' ? amount : null;
}

export function readExposerTransaction(source: PaymentStream, element: unknown): RawTransaction {
  const parsed = transactionElement.safeParse(element);
  if (parsed.success) {
    const wire = parsed.data;
    const record: RawTransaction = {
      source,
      id: wire.id,
      payer: wire.sender,
      beneficiary: wire.beneficiary,
      amount: wire.amount.Valid ? wire.amount.Float : null,
      currency: wire.currency,
      ts: wire.time,
    };
    return withRawIfIncomplete(record, element, true);
  }
  const id = isRecord(element) ? idText(element['id']) : null;
  if (!isRecord(element) || id === null) return unreadableTransaction(source, element);
  const record: RawTransaction = {
    source,
    id,
    payer: textOrNull(element['sender']),
    beneficiary: textOrNull(element['beneficiary']),
    amount: looseAmount(element['amount']),
    currency: textOrNull(element['currency']),
    ts: textOrNull(element['time']),
  };
  return withRawIfIncomplete(record, element, false);
}

/** The value under `key` of an object, itself JSON text of an array (or, tolerated, the array). */
function embeddedArray(value: unknown, key: string): unknown[] {
  if (!isRecord(value) || !(key in value)) throw new WireFormatError(`expected an object with "${key}"`);
  const inner = value[key];
  return expectArray(typeof inner === 'string' ? parseJsonText(inner, `"${key}"`) : inner, `"${key}"`);
}

/** A whole `/sepa` or `/swift` poll body: one or more `{"<stream>_transactions":"[…]"}` objects. */
export function parseExposerBatch(body: string, source: PaymentStream): RawTransaction[] {
  const objects = splitConcatenatedJson(body);
  if (objects.length === 0) throw new WireFormatError('the body is empty');
  const key = `${source}_transactions`;
  const records: RawTransaction[] = [];
  for (const object of objects) {
    for (const element of embeddedArray(object, key)) records.push(readExposerTransaction(source, element));
  }
  return records;
}

const companyElement = z.object({
  companyID: z.number().int(),
  ibans: z.union([z.string(), z.array(z.string())]),
  name: z.string(),
  address: z.string(),
  balance: z.number().nullish(),
});

export interface CompanyReadout {
  readonly companies: readonly Company[];
  readonly rejected: readonly RejectedRecord[];
}

/** Reads company elements; an unreadable one is rejected with a detail, never dropped silently. */
export function readExposerCompanies(elements: readonly unknown[]): CompanyReadout {
  const companies: Company[] = [];
  const rejected: RejectedRecord[] = [];
  for (const element of elements) {
    const parsed = companyElement.safeParse(element);
    if (!parsed.success) {
      rejected.push({ raw: wireText(element), detail: `company ${issueDetail(parsed.error)}` });
      continue;
    }
    const wire = parsed.data;
    const ibans = typeof wire.ibans === 'string' ? parsePgArray(wire.ibans) : wire.ibans;
    if (ibans === null) {
      rejected.push({
        raw: wireText(element),
        detail: `company ${wire.companyID}: ibans '${String(wire.ibans)}' is not an array literal`,
      });
      continue;
    }
    companies.push({
      companyId: wire.companyID,
      name: wire.name,
      address: wire.address,
      ibans,
      reportedBalance: wire.balance ?? null,
    });
  }
  return { companies, rejected };
}

/** A `/company_info` body: `{"company_info":"<JSON text of an array>"}`. */
export function parseExposerCompanies(body: string): CompanyReadout {
  return readExposerCompanies(embeddedArray(parseJsonText(body, 'the company_info body'), 'company_info'));
}

/** An `/exchange_rates` body: `{"exchange_rates":"<JSON text of an array>"}`. */
export function parseExposerRates(body: string): RateBatch {
  return readRates(embeddedArray(parseJsonText(body, 'the exchange_rates body'), 'exchange_rates'));
}

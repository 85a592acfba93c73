/**
 * The cdm-api dialect's wire format → canonical records: plain JSON arrays, Python-list IBANs,
 * `payer/receiver` (SEPA) or `sender/beneficiary` (SWIFT), `timestamp`, amount number or null.
 * Pure functions; a body that cannot be read at all throws WireFormatError (retried upstream).
 */
import { z } from 'zod';
import type { Company, RawTransaction, PaymentStream } from '../../../shared/domain';
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
import { parsePythonList } from './iban-lists';

/** Wire names of the two sides per stream (docs/cdm-api.md). */
const sideNames: Record<PaymentStream, { payer: string; beneficiary: string }> = {
  sepa: { payer: 'payer', beneficiary: 'receiver' },
  swift: { payer: 'sender', beneficiary: 'beneficiary' },
};

const commonFields = {
  id: wireId,
  amount: z.number().nullable(),
  currency: z.string(),
  timestamp: z.string(),
};
const transactionElement: Record<
  PaymentStream,
  z.ZodType<{
    id: string;
    amount: number | null;
    currency: string;
    timestamp: string;
    payer: string;
    beneficiary: string;
  }>
> = {
  sepa: z
    .object({ ...commonFields, payer: z.string(), receiver: z.string() })
    .transform(({ receiver, ...rest }) => ({ ...rest, beneficiary: receiver })),
  swift: z
    .object({ ...commonFields, sender: z.string(), beneficiary: z.string() })
    .transform(({ sender, ...rest }) => ({ ...rest, payer: sender })),
};

export function readCdmApiTransaction(source: PaymentStream, element: unknown): RawTransaction {
  const parsed = transactionElement[source].safeParse(element);
  if (parsed.success) {
    const wire = parsed.data;
    const record: RawTransaction = {
      source,
      id: wire.id,
      payer: wire.payer,
      beneficiary: wire.beneficiary,
      amount: wire.amount,
      currency: wire.currency,
      ts: wire.timestamp,
    };
    return withRawIfIncomplete(record, element, true);
  }
  const id = isRecord(element) ? idText(element['id']) : null;
  if (!isRecord(element) || id === null) return unreadableTransaction(source, element);
  const amount = element['amount'];
  const names = sideNames[source];
  const record: RawTransaction = {
    source,
    id,
    payer: textOrNull(element[names.payer]),
    beneficiary: textOrNull(element[names.beneficiary]),
    amount: typeof amount === 'number' ? amount : null,
    currency: textOrNull(element['currency']),
    ts: textOrNull(element['timestamp']),
  };
  return withRawIfIncomplete(record, element, false);
}

/** A `/transactions/{sepa,swift}` page body: a JSON array of elements. */
export function parseCdmApiTransactions(body: string, source: PaymentStream): RawTransaction[] {
  const elements = expectArray(parseJsonText(body, `the ${source} page`), `the ${source} page`);
  return elements.map((element) => readCdmApiTransaction(source, element));
}

const companyElement = z.object({
  id: z.number().int(),
  ibans: z.union([z.string(), z.array(z.string())]),
  name: z.string(),
  address: z.string(),
});

export interface CdmApiCompanyPage {
  readonly companies: readonly Company[];
  readonly rejected: readonly RejectedRecord[];
  /** The highest id on the page, readable or not, for `after-id` paging; null when none. */
  readonly lastId: number | null;
}

/** A `/companies` page body: a JSON array ordered by id. cdm-api reports no balance. */
export function parseCdmApiCompanies(body: string): CdmApiCompanyPage {
  const elements = expectArray(parseJsonText(body, 'the companies page'), 'the companies page');
  const companies: Company[] = [];
  const rejected: RejectedRecord[] = [];
  let lastId: number | null = null;
  for (const element of elements) {
    const id = isRecord(element) ? element['id'] : undefined;
    if (typeof id === 'number' && Number.isInteger(id) && (lastId === null || id > lastId)) lastId = id;
    const parsed = companyElement.safeParse(element);
    if (!parsed.success) {
      rejected.push({ raw: wireText(element), detail: `company ${issueDetail(parsed.error)}` });
      continue;
    }
    const wire = parsed.data;
    const ibans = typeof wire.ibans === 'string' ? parsePythonList(wire.ibans) : wire.ibans;
    if (ibans === null) {
      rejected.push({
        raw: wireText(element),
        detail: `company ${wire.id}: ibans '${String(wire.ibans)}' is not a list`,
      });
      continue;
    }
    companies.push({
      companyId: wire.id,
      name: wire.name,
      address: wire.address,
      ibans,
      reportedBalance: null,
    });
  }
  return { companies, rejected, lastId };
}

/** An `/exchange-rates` body: a JSON array of `{currency, usd_rate, eur_rate}`. */
export function parseCdmApiRates(body: string): RateBatch {
  return readRates(expectArray(parseJsonText(body, 'the exchange-rates body'), 'the exchange-rates body'));
}

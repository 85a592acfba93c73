/**
 * An in-memory SimDataset over records given as arrays, for the simulator server tests. It follows
 * every contract of the interface, including never ending a keyset page inside a group of records
 * that share the key.
 */
import type { PaymentStream } from '../../shared/domain';
import type {
  IdKind,
  PartyFilter,
  Setting,
  SimCompany,
  SimDataset,
  SimRate,
  SimTransaction,
} from '../../electron/simulator/model';

export interface MemoryDatasetInput {
  readonly companies?: readonly SimCompany[];
  readonly rates?: readonly SimRate[];
  readonly sepa?: readonly SimTransaction[];
  readonly swift?: readonly SimTransaction[];
  readonly idKind?: IdKind;
  readonly setting?: Setting;
  readonly seed?: number;
}

function byTimeThenSeq(a: SimTransaction, b: SimTransaction): number {
  return a.tsMs - b.tsMs || a.seq - b.seq;
}

function byKey(a: SimTransaction, b: SimTransaction): number {
  return a.tsMs - b.tsMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.seq - b.seq;
}

function matches(record: SimTransaction, filter: PartyFilter | undefined): boolean {
  if (filter?.payer !== undefined && record.payer !== filter.payer) return false;
  if (filter?.beneficiary !== undefined && record.beneficiary !== filter.beneficiary) return false;
  return true;
}

/** Takes `limit` records, then keeps going while the next one shares the last one's key. */
function takeWholeGroups(
  records: readonly SimTransaction[],
  limit: number,
  sameKey: (a: SimTransaction, b: SimTransaction) => boolean,
): SimTransaction[] {
  const page = records.slice(0, limit);
  let last = page.at(-1);
  for (let i = page.length; last !== undefined && i < records.length; i += 1) {
    const next = records[i];
    if (next === undefined || !sameKey(last, next)) break;
    page.push(next);
    last = next;
  }
  return page;
}

export function memoryDataset(input: MemoryDatasetInput): SimDataset & { readonly closed: () => boolean } {
  const bySeq: Record<PaymentStream, SimTransaction[]> = {
    sepa: [...(input.sepa ?? [])].sort((a, b) => a.seq - b.seq),
    swift: [...(input.swift ?? [])].sort((a, b) => a.seq - b.seq),
  };
  const byTime: Record<PaymentStream, SimTransaction[]> = {
    sepa: [...bySeq.sepa].sort(byTimeThenSeq),
    swift: [...bySeq.swift].sort(byTimeThenSeq),
  };
  const keyed: Record<PaymentStream, SimTransaction[]> = {
    sepa: [...bySeq.sepa].sort(byKey),
    swift: [...bySeq.swift].sort(byKey),
  };
  const companies = [...(input.companies ?? [])];
  let closed = false;
  return {
    setting: input.setting ?? 'small',
    seed: input.seed ?? 1,
    idKind: input.idKind ?? 'int',
    companies: () => companies,
    company: (companyId) => companies.find((c) => c.companyId === companyId),
    rates: () => input.rates ?? [],
    window: (source, fromMs, toMs) => byTime[source].filter((r) => r.tsMs >= fromMs && r.tsMs < toMs),
    pageAfterId: (source, afterId, limit, filter) =>
      takeWholeGroups(
        bySeq[source].filter((r) => r.idNum > afterId && matches(r, filter)),
        limit,
        (a, b) => a.idNum === b.idNum,
      ),
    pageAfterKey: (source, afterMs, afterId, limit, filter) =>
      takeWholeGroups(
        keyed[source].filter(
          (r) => (r.tsMs > afterMs || (r.tsMs === afterMs && r.id > afterId)) && matches(r, filter),
        ),
        limit,
        (a, b) => a.tsMs === b.tsMs && a.id === b.id,
      ),
    span: (source) => {
      const list = byTime[source];
      const first = list[0];
      const last = list.at(-1);
      return first === undefined || last === undefined ? null : { firstMs: first.tsMs, lastMs: last.tsMs };
    },
    close: () => {
      closed = true;
    },
    closed: () => closed,
  };
}

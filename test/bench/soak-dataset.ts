/**
 * An endless cdm-api data set for the soak: the records of a generated base set, served again and
 * again, each round shifted four years later with ids past the last round's, so the source keeps
 * producing transactions for as long as the soak runs. `produce(n)` releases the next n records; a
 * batch-payment group can be cut by a release, so its last members arrive as late siblings.
 * Integer ids only (the soak reads it by `after-id`).
 */
import type { PaymentStream } from '../../shared/domain';
import type { SimDataset, SimTransaction } from '../../electron/simulator/model';

const roundMs = Date.UTC(2022, 0, 1) - Date.UTC(2018, 0, 1);

interface Stream {
  readonly base: readonly SimTransaction[];
  readonly idSpan: number;
  readonly seqSpan: number;
  readonly served: SimTransaction[];
}

function shifted(record: SimTransaction, round: number, stream: Stream): SimTransaction {
  if (round === 0) return record;
  const tsMs = record.tsMs + round * roundMs;
  const idNum = record.idNum + round * stream.idSpan;
  // A clean time text moves with the instant; a broken one is served as it is.
  const cleanTime = record.time === new Date(record.tsMs).toISOString();
  return {
    ...record,
    seq: record.seq + round * stream.seqSpan,
    idNum,
    id: String(idNum),
    tsMs,
    time: cleanTime ? new Date(tsMs).toISOString() : record.time,
  };
}

/** First index in `records` (ascending by idNum) whose idNum is above `afterId`. */
function firstAfter(records: readonly SimTransaction[], afterId: number): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((records[middle]?.idNum ?? Infinity) > afterId) high = middle;
    else low = middle + 1;
  }
  return low;
}

export interface EndlessDataset extends SimDataset {
  /** Releases the next `count` records of each stream. */
  produce(count: number): void;
  /** Records released so far, both streams. */
  produced(): number;
}

export function endlessDataset(base: SimDataset): EndlessDataset {
  if (base.idKind !== 'int') throw new Error('the soak data set needs integer ids');
  const stream = (source: PaymentStream): Stream => {
    const records = base
      .window(source, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
      .sort((a, b) => a.idNum - b.idNum || a.seq - b.seq);
    const last = records.at(-1);
    return {
      base: records,
      idSpan: (last?.idNum ?? 0) + 1,
      seqSpan: Math.max(0, ...records.map((record) => record.seq)) + 1,
      served: [],
    };
  };
  const streams: Record<PaymentStream, Stream> = { sepa: stream('sepa'), swift: stream('swift') };
  const companies = base.companies();
  const rates = base.rates();

  const release = (s: Stream, count: number) => {
    for (let i = 0; i < count && s.base.length > 0; i += 1) {
      const next = s.served.length;
      const record = s.base[next % s.base.length] as SimTransaction;
      s.served.push(shifted(record, Math.floor(next / s.base.length), s));
    }
  };

  return {
    setting: base.setting,
    seed: base.seed,
    idKind: 'int',
    produce(count) {
      release(streams.sepa, Math.ceil(count / 10));
      release(streams.swift, count);
    },
    produced: () => streams.sepa.served.length + streams.swift.served.length,
    companies: () => companies,
    company: (companyId) => companies.find((company) => company.companyId === companyId),
    rates: () => rates,
    window: (source, fromMs, toMs) =>
      streams[source].served
        .filter((record) => record.tsMs >= fromMs && record.tsMs < toMs)
        .sort((a, b) => a.tsMs - b.tsMs || a.seq - b.seq),
    pageAfterId(source, afterId, limit, filter) {
      const served = streams[source].served;
      const page: SimTransaction[] = [];
      for (let i = firstAfter(served, afterId); i < served.length; i += 1) {
        const record = served[i] as SimTransaction;
        // Whole groups: never end a page between records that share an id.
        if (page.length >= limit && page.at(-1)?.idNum !== record.idNum) break;
        if (filter?.payer !== undefined && record.payer !== filter.payer) continue;
        if (filter?.beneficiary !== undefined && record.beneficiary !== filter.beneficiary) continue;
        page.push(record);
      }
      return page;
    },
    pageAfterKey: () => {
      throw new Error('the soak data set has integer ids');
    },
    span(source) {
      const served = streams[source].served;
      if (served.length === 0) return null;
      let firstMs = Infinity;
      let lastMs = -Infinity;
      for (const record of served) {
        firstMs = Math.min(firstMs, record.tsMs);
        lastMs = Math.max(lastMs, record.tsMs);
      }
      return { firstMs, lastMs };
    },
    close: () => {
      base.close();
    },
  };
}

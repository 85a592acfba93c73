/**
 * A simulator data set that grows between sync passes: it serves a chosen part of a generated data
 * set's records, and `show` widens that part (new records, a batch-payment sibling that arrives
 * after the rest of its group was synced). The simulator server reads it like any other data set.
 */
import type { PaymentStream } from '../../shared/domain';
import type { SimDataset, SimTransaction } from '../../electron/simulator/model';
import { memoryDataset } from './memory-dataset';

export interface GrowingDataset extends SimDataset {
  /** From now on, serves exactly the records `visible` accepts. */
  show(visible: (record: SimTransaction) => boolean): void;
}

/** Every transaction record of a stream, in (tsMs, seq) order. */
export function everyRecord(dataset: SimDataset, source: PaymentStream): SimTransaction[] {
  return dataset.window(source, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}

export function growingDataset(base: SimDataset): GrowingDataset {
  const all = { sepa: everyRecord(base, 'sepa'), swift: everyRecord(base, 'swift') };
  const fixed = {
    companies: base.companies(),
    rates: base.rates(),
    idKind: base.idKind,
    setting: base.setting,
    seed: base.seed,
  };
  let current = memoryDataset({ ...fixed, ...all });
  return {
    setting: base.setting,
    seed: base.seed,
    idKind: base.idKind,
    show(visible) {
      current = memoryDataset({
        ...fixed,
        sepa: all.sepa.filter(visible),
        swift: all.swift.filter(visible),
      });
    },
    companies: () => current.companies(),
    company: (companyId) => current.company(companyId),
    rates: () => current.rates(),
    window: (source, fromMs, toMs) => current.window(source, fromMs, toMs),
    pageAfterId: (source, afterId, limit, filter) => current.pageAfterId(source, afterId, limit, filter),
    pageAfterKey: (source, afterMs, afterId, limit, filter) =>
      current.pageAfterKey(source, afterMs, afterId, limit, filter),
    span: (source) => current.span(source),
    close: () => {
      current.close();
    },
  };
}

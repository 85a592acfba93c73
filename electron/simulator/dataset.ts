/**
 * `openDataset`: the simulator's data set for a (setting, seed, id kind, corruption rates), served
 * from a cache file that is generated on first use (written under a temporary name and renamed
 * when complete, so a crash never leaves a half cache that looks complete) and reused afterwards.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PaymentStream } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import { cacheFileName, defaultCacheDir } from './cache/paths';
import { CacheReader, type RowFilter, type TxRow } from './cache/reader';
import { resolveRates } from './corruption-rates';
import { buildCache } from './generate/build';
import { canonicalTime, kindNames } from './generate/gen-record';
import {
  settingSizes,
  type CorruptionRates,
  type IdKind,
  type PartyFilter,
  type Setting,
  type SimCompany,
  type SimDataset,
  type SimRate,
  type SimTransaction,
} from './model';
import { countsFromKinds, type DatasetCounts } from './dataset-counts';

export interface DatasetSizes {
  readonly companies: number;
  readonly sepa: number;
  readonly swift: number;
}

export interface OpenDatasetOptions {
  readonly setting: Setting;
  /** Default 42. */
  readonly seed?: number;
  /** Default 'int'. */
  readonly idKind?: IdKind;
  readonly rates?: Partial<CorruptionRates>;
  /** Default: env CASHFLOW_SIM_CACHE, else 'simulator' in the platform's cache folder (runtime/app-paths). */
  readonly cacheDir?: string;
  /** Overrides the setting's clean sizes (tests). */
  readonly sizes?: DatasetSizes;
  /** Called while generating (never when the cache is reused), with clean records done / total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A SimDataset backed by a cache file, with what the CLI and tests want to know about it. */
export interface CachedDataset extends SimDataset {
  readonly file: string;
  /** True when this call generated the cache, false when it reused an existing one. */
  readonly generated: boolean;
  readonly sizes: DatasetSizes;
  readonly corruptionRates: CorruptionRates;
  readonly counts: DatasetCounts;
}

function checkOptions(seed: number, sizes: DatasetSizes): void {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new AppFailure('invalid-argument', `seed must be a non-negative integer (got ${seed})`);
  const { companies, sepa, swift } = sizes;
  if (![companies, sepa, swift].every((n) => Number.isSafeInteger(n) && n >= 0) || companies < 2) {
    throw new AppFailure('invalid-argument', 'sizes must be non-negative integers with at least 2 companies');
  }
}

/** Opens (generating on first use) a data set. Synchronous: generation blocks until complete. */
export function openDataset(options: OpenDatasetOptions): CachedDataset {
  const seed = options.seed ?? 42;
  const idKind = options.idKind ?? 'int';
  const sizes = options.sizes ?? settingSizes[options.setting];
  checkOptions(seed, sizes);
  const rates = resolveRates(options.rates);
  const dir = options.cacheDir ?? defaultCacheDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, cacheFileName({ setting: options.setting, seed, idKind, rates, sizes }));
  let generated = false;
  if (!existsSync(file)) {
    removeStaleTemporaries(file);
    const temporary = `${file}.tmp-${process.pid}-${Date.now()}`;
    try {
      const meta = {
        setting: options.setting,
        seed: String(seed),
        idKind,
        rates: JSON.stringify(rates),
        sizes: JSON.stringify(sizes),
      };
      buildCache({ file: temporary, seed, idKind, rates, sizes, meta, onProgress: options.onProgress });
      renameSync(temporary, file);
      generated = true;
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  return new CacheDataset(file, options.setting, seed, idKind, rates, sizes, generated);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes half-written caches of this file left by generators that crashed (their process is gone). */
function removeStaleTemporaries(file: string): void {
  const prefix = `${basename(file)}.tmp-`;
  for (const name of readdirSync(dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid)) {
      rmSync(join(dirname(file), name), { force: true });
    }
  }
}

class CacheDataset implements CachedDataset {
  readonly counts: DatasetCounts;
  private readonly reader: CacheReader;
  private readonly ibans: string[];
  private readonly ibanNumbers: Map<string, number>;
  private readonly companyList: SimCompany[];
  private readonly companyById: Map<number, SimCompany>;
  private readonly rateList: SimRate[];
  private readonly spans: Record<PaymentStream, { firstMs: number; lastMs: number } | null>;

  constructor(
    readonly file: string,
    readonly setting: Setting,
    readonly seed: number,
    readonly idKind: IdKind,
    readonly corruptionRates: CorruptionRates,
    readonly sizes: DatasetSizes,
    readonly generated: boolean,
  ) {
    this.reader = new CacheReader(file);
    const meta = this.reader.meta();
    this.counts = countsFromKinds(
      JSON.parse(meta.get('counts') ?? '{"sepa":[],"swift":[]}') as Record<PaymentStream, number[]>,
    );
    this.ibans = this.reader.ibans();
    this.ibanNumbers = new Map(this.ibans.map((iban, n) => [iban, n]));
    this.companyList = this.reader.companies().map((row) => ({
      companyId: row.company_id,
      name: row.name,
      address: row.address,
      ibans: (JSON.parse(row.ibans) as number[]).map((n) => this.ibans[n] ?? ''),
      reportedBalance: row.reported_balance,
    }));
    this.companyById = new Map(this.companyList.map((company) => [company.companyId, company]));
    this.rateList = this.reader.rates();
    this.spans = { sepa: this.reader.span('sepa'), swift: this.reader.span('swift') };
  }

  companies(): readonly SimCompany[] {
    return this.companyList;
  }

  company(companyId: number): SimCompany | undefined {
    return this.companyById.get(companyId);
  }

  rates(): readonly SimRate[] {
    return this.rateList;
  }

  window(source: PaymentStream, fromMs: number, toMs: number): SimTransaction[] {
    return this.reader.window(source, fromMs, toMs).map((row) => this.toTransaction(source, row));
  }

  pageAfterId(source: PaymentStream, afterId: number, limit: number, filter?: PartyFilter): SimTransaction[] {
    const rows = this.withFilter(filter, (rowFilter) =>
      this.reader.afterId(source, afterId, Math.max(1, limit), rowFilter),
    );
    return rows.map((row) => this.toTransaction(source, row));
  }

  pageAfterKey(
    source: PaymentStream,
    afterMs: number,
    afterId: string,
    limit: number,
    filter?: PartyFilter,
  ): SimTransaction[] {
    const key = this.idKind === 'uuid' ? afterId : integerKey(afterId);
    const rows = this.withFilter(filter, (rowFilter) =>
      this.reader.afterKey(source, this.idKind, afterMs, key, Math.max(1, limit), rowFilter),
    );
    return rows.map((row) => this.toTransaction(source, row));
  }

  span(source: PaymentStream): { readonly firstMs: number; readonly lastMs: number } | null {
    return this.spans[source];
  }

  close(): void {
    this.reader.close();
  }

  /** Resolves IBAN filters to numbers; an IBAN the data set never used matches nothing. */
  private withFilter(filter: PartyFilter | undefined, query: (rowFilter: RowFilter) => TxRow[]): TxRow[] {
    const rowFilter: { payer?: number; beneficiary?: number } = {};
    for (const side of ['payer', 'beneficiary'] as const) {
      const iban = filter?.[side];
      if (iban === undefined) continue;
      const n = this.ibanNumbers.get(iban);
      if (n === undefined) return [];
      rowFilter[side] = n;
    }
    return query(rowFilter);
  }

  private toTransaction(source: PaymentStream, row: TxRow): SimTransaction {
    return {
      source,
      seq: row.seq,
      idNum: row.id_num,
      id: row.uid ?? String(row.id_num),
      payer: this.ibans[row.payer] ?? '',
      beneficiary: this.ibans[row.beneficiary] ?? '',
      amount: row.cents === null ? null : row.cents / 100,
      currency: row.currency,
      tsMs: row.ts_ms,
      time: row.time ?? canonicalTime(row.ts_ms),
      corruption: kindNames[row.kind] ?? null,
    };
  }
}

/** Integer keys for int-id data sets; anything unparseable means "from the start of that instant". */
function integerKey(afterId: string): number {
  const parsed = Number(afterId);
  return afterId !== '' && Number.isSafeInteger(parsed) ? parsed : -1;
}

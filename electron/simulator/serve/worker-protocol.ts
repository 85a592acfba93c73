/** Messages between the simulator worker thread and the thread that started it. */
import type { ErrorCode } from '../../../shared/result';
import type { FaultRates } from '../faults/fault-spec';
import type { DatasetSizes } from '../dataset';
import type { IdKind, Setting } from '../model';
import type { Dialect, ExposerEnd, FaultStats } from './server';

/** What the worker receives as `workerData`. */
export interface SimulatorWorkerData {
  readonly setting: Setting;
  readonly seed?: number;
  readonly idKind?: IdKind;
  readonly dialect: Dialect;
  readonly port?: number;
  readonly host?: string;
  readonly faults?: FaultRates;
  readonly faultSeed?: number;
  readonly exposerEnd?: ExposerEnd;
  readonly slowMs?: number;
  /** Where the generated data set is cached (default: the simulator's cache directory). */
  readonly cacheDir?: string;
  /** Overrides the setting's sizes (tests, tiny demos). */
  readonly sizes?: DatasetSizes;
}

export type SimulatorWorkerEvent =
  | { readonly type: 'listening'; readonly url: string; readonly port: number }
  | { readonly type: 'error'; readonly code: ErrorCode; readonly message: string }
  | { readonly type: 'stats'; readonly stats: FaultStats }
  | { readonly type: 'closed' };

/** Commands to the worker; anything it does not know is ignored. */
export type SimulatorWorkerCommand = { readonly type: 'close' } | { readonly type: 'stats' };

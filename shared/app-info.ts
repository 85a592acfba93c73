import type { AppError } from './result';

/** Facts about the running application, shown in the About panel and the status bar. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly dataDirectory: string;
  readonly databasePath: string;
  /** Size of the database file in bytes, 0 when it does not exist yet. */
  readonly databaseBytes: number;
  readonly runtime: string;
  /** Whether anything has been synced: at least one company is stored (the empty state otherwise). */
  readonly hasData: boolean;
  /** Why the database could not be read, when a file exists but is not usable; null otherwise. */
  readonly dataProblem: AppError | null;
}

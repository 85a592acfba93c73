/** Facts about the running application, shown in the About panel and the status bar. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly dataDirectory: string;
  readonly databasePath: string;
  /** Size of the database file in bytes, 0 when it does not exist yet. */
  readonly databaseBytes: number;
  readonly runtime: string;
}

/** A schema step: its number (in steps of 10) and the SQL that takes the schema there. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

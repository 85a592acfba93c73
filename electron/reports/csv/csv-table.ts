/**
 * A table on its way to CSV: its header and its rows as text cells, in chunks. Cells are written
 * the way spreadsheets and scripts read them back without guessing: ISO days and timestamps,
 * amounts with a dot and two decimals (rounded to the cent only here, at the export), empty for
 * "no value".
 */
import { roundCents } from '../../../shared/money';

export interface CsvTable {
  readonly columns: readonly string[];
  /** Data rows, when known in advance (for progress). */
  readonly total: number | null;
  /** The next chunk of rows, null at the end. */
  readonly next: () => string[][] | null;
}

export function moneyCell(value: number | null): string {
  return value === null ? '' : roundCents(value).toFixed(2);
}

export function numberCell(value: number | null, decimals: number): string {
  return value === null ? '' : value.toFixed(decimals);
}

export function textCell(value: string | null | undefined): string {
  return value ?? '';
}

/** A list that is already in memory (service results are), as one chunk. */
export function singleChunk<T>(items: readonly T[], cells: (item: T) => string[]): CsvTable['next'] {
  let done = false;
  return () => {
    if (done) return null;
    done = true;
    return items.map(cells);
  };
}

export function mapChunks<T>(
  next: () => readonly T[] | null,
  cells: (item: T) => string[],
): CsvTable['next'] {
  return () => next()?.map(cells) ?? null;
}

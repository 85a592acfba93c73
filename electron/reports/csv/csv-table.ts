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
  readonly chunks: Iterable<string[][]>;
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

/** One chunk from a list that is already in memory (service results are). */
export function singleChunk<T>(items: readonly T[], cells: (item: T) => string[]): CsvTable['chunks'] {
  return [items.map(cells)];
}

export function mapChunks<T>(
  chunks: Iterable<readonly T[]>,
  cells: (item: T) => string[],
): CsvTable['chunks'] {
  return {
    *[Symbol.iterator]() {
      for (const chunk of chunks) yield chunk.map(cells);
    },
  };
}

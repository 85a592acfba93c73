/** Where a key moves a table's roving row (no DOM, so it is testable in Node). */

/** Rows PageUp/PageDown move by. */
export const pageRows = 10;

/** The index a key moves to from `index` among `count` rows, or null for a key that does not move. */
export function nextRow(key: string, index: number, count: number): number | null {
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: Math.min(last, index + 1),
    ArrowUp: Math.max(0, index - 1),
    Home: 0,
    End: last,
    PageDown: Math.min(last, index + pageRows),
    PageUp: Math.max(0, index - pageRows),
  };
  return key in moves ? (moves[key] ?? null) : null;
}

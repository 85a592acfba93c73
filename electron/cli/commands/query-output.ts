/** Printing query results: JSON on stdout, or a plain aligned table for people. */
import { roundCents } from '../../../shared/money';
import { conventionsText, crossRateText, policyText } from '../../../shared/rate-text';
import type { ConversionInfo } from '../../../shared/rates';

/** One line saying how figures were converted: conventions, EUR↔USD rate, snapshot policy. */
export function conversionLine(info: ConversionInfo): string {
  return `rates: ${conventionsText(info)}; ${crossRateText(info)}; ${policyText(info)}`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** An amount for people: cents, thousands separated. */
export function money(value: number): string {
  return roundCents(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Columns padded to their widest cell; numeric-looking cells are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = /^-?[\d,.]+%?$/;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? cell.length;
        return numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

/**
 * A table that flows over pages: a bold header row repeated on each page it continues on, light
 * stripes, right-aligned figures, and cells shortened with an ellipsis rather than wrapped, so every
 * row is one line and a long name never pushes a figure out of its column.
 */
import { fontNames } from './fonts';
import { ensureSpace } from './pdf-blocks';
import { colors, contentBottom, contentWidth, page, sizes } from './theme';

export interface Column {
  readonly title: string;
  /** Share of the content width. */
  readonly width: number;
  readonly align?: 'left' | 'right';
}

export interface RowStyle {
  readonly bold?: boolean;
  readonly color?: string;
}

const rowHeight = 15;
const padding = 4;

function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, middle)}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low)}…`;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  cells: readonly string[],
  y: number,
  style: RowStyle,
): void {
  let x = page.margin.left;
  doc.font(style.bold === true ? fontNames.tableBold : fontNames.table).fontSize(sizes.small + 0.5);
  doc.fillColor(style.color ?? colors.text);
  columns.forEach((column, index) => {
    const width = column.width * contentWidth;
    const text = fit(doc, cells[index] ?? '', width - 2 * padding);
    doc.text(text, x + padding, y + 4, {
      width: width - 2 * padding,
      align: column.align ?? 'left',
      lineBreak: false,
    });
    x += width;
  });
}

function drawHeader(doc: PDFKit.PDFDocument, columns: readonly Column[]): void {
  const y = doc.y;
  drawRow(
    doc,
    columns,
    columns.map((column) => column.title),
    y,
    { bold: true, color: colors.ink },
  );
  doc
    .moveTo(page.margin.left, y + rowHeight)
    .lineTo(page.margin.left + contentWidth, y + rowHeight)
    .lineWidth(0.75)
    .strokeColor(colors.ink)
    .stroke();
  doc.y = y + rowHeight + 1;
}

export function table(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  styleOf: (index: number) => RowStyle = () => ({}),
): void {
  ensureSpace(doc, rowHeight * 3);
  drawHeader(doc, columns);
  rows.forEach((cells, index) => {
    if (doc.y + rowHeight > contentBottom) {
      doc.addPage();
      drawHeader(doc, columns);
    }
    const y = doc.y;
    if (index % 2 === 1) doc.rect(page.margin.left, y, contentWidth, rowHeight).fill(colors.stripe);
    drawRow(doc, columns, cells, y, styleOf(index));
    doc.y = y + rowHeight;
  });
  doc
    .moveTo(page.margin.left, doc.y)
    .lineTo(page.margin.left + contentWidth, doc.y)
    .lineWidth(0.5)
    .strokeColor(colors.rule)
    .stroke();
  doc.x = page.margin.left;
  doc.moveDown(0.6);
}

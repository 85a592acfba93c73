/** Building blocks of a report page: headings, paragraphs, a list of facts, and figure cards. */
import { fontNames } from './fonts';
import { colors, contentBottom, contentWidth, page, sizes } from './theme';

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBottom) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string, note?: string): void {
  ensureSpace(doc, 80);
  doc.x = page.margin.left;
  doc.moveDown(0.6);
  doc.font(fontNames.bold).fontSize(sizes.heading).fillColor(colors.ink).text(text, { width: contentWidth });
  if (note !== undefined) {
    doc
      .font(fontNames.body)
      .fontSize(sizes.small)
      .fillColor(colors.muted)
      .text(note, { width: contentWidth });
  }
  doc.moveDown(0.5);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string, color: string = colors.text): void {
  doc.x = page.margin.left;
  doc.font(fontNames.body).fontSize(sizes.body).fillColor(color).text(text, { width: contentWidth });
  doc.moveDown(0.4);
}

/** Label–value lines, labels in a narrow muted column. */
export function facts(doc: PDFKit.PDFDocument, rows: readonly (readonly [string, string])[]): void {
  const labelWidth = 120;
  for (const [label, value] of rows) {
    doc.font(fontNames.body).fontSize(sizes.body);
    const height = doc.heightOfString(value, { width: contentWidth - labelWidth });
    ensureSpace(doc, height + 4);
    const y = doc.y;
    doc.fillColor(colors.muted).text(label, page.margin.left, y, { width: labelWidth - 8 });
    doc
      .fillColor(colors.ink)
      .text(value, page.margin.left + labelWidth, y, { width: contentWidth - labelWidth });
    doc.y = y + height + 4;
  }
  doc.x = page.margin.left;
}

export interface Card {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
  /** Colour of the value: negative figures and warnings stand out. */
  readonly tone?: 'normal' | 'negative' | 'positive';
}

/** Cards in rows of three, each a label, a large figure and a short note. */
export function cards(doc: PDFKit.PDFDocument, list: readonly Card[]): void {
  const gap = 10;
  const width = (contentWidth - 2 * gap) / 3;
  const height = 72;
  for (let start = 0; start < list.length; start += 3) {
    ensureSpace(doc, height + gap);
    const y = doc.y;
    list.slice(start, start + 3).forEach((card, column) => {
      const x = page.margin.left + column * (width + gap);
      doc.roundedRect(x, y, width, height, 4).lineWidth(0.5).fillAndStroke(colors.card, colors.rule);
      doc.font(fontNames.body).fontSize(sizes.small).fillColor(colors.muted);
      doc.text(card.label, x + 10, y + 9, { width: width - 20, lineBreak: false });
      const tone =
        card.tone === 'negative' ? colors.negative : card.tone === 'positive' ? colors.positive : colors.ink;
      doc.font(fontNames.bold).fontSize(sizes.cardValue).fillColor(tone);
      doc.text(card.value, x + 10, y + 22, { width: width - 20, lineBreak: false });
      if (card.note !== undefined) {
        doc
          .font(fontNames.body)
          .fontSize(sizes.small - 0.5)
          .fillColor(colors.muted);
        doc.text(card.note, x + 10, y + 44, { width: width - 20, height: 22, ellipsis: true });
      }
    });
    doc.y = y + height + gap;
  }
  doc.x = page.margin.left;
}

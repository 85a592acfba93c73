/**
 * A report document: A4 pages with the embedded fonts, document properties, and once the content
 * is laid out, a running header on every page after the cover and "Page n of N" in every footer.
 * Pages are kept in memory until the end (a report has tens of pages) so the total is known.
 * Nothing in the file depends on the clock or chance except the generated-at moment it is given:
 * the same data and arguments give the same bytes.
 */
import type { WriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { fontNames, registerReportFonts, reportFontFiles } from './fonts';
import { colors, page, sizes } from './theme';

export interface DocumentFacts {
  readonly title: string;
  readonly subject: string;
  readonly generatedAt: Date;
  /** The running header's two ends, e.g. the company and the range. */
  readonly headerLeft: string;
  readonly headerRight: string;
}

export function createReportDocument(facts: DocumentFacts): PDFKit.PDFDocument {
  const fonts = reportFontFiles();
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margin,
    bufferPages: true,
    autoFirstPage: false,
    // The default font would be Helvetica, which is not embedded; start with ours.
    font: fonts.body,
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: facts.title,
      Subject: facts.subject,
      Author: 'Cashflow Monitor',
      Creator: 'Cashflow Monitor',
      Producer: 'Cashflow Monitor',
      CreationDate: facts.generatedAt,
      ModDate: facts.generatedAt,
    },
  });
  registerReportFonts(doc);
  doc.font(fontNames.body).fontSize(sizes.body);
  return doc;
}

function runningHeader(doc: PDFKit.PDFDocument, facts: DocumentFacts): void {
  const { left, right } = page.margin;
  const width = page.width - left - right;
  const y = 36;
  doc.font(fontNames.body).fontSize(sizes.small).fillColor(colors.muted);
  doc.text(facts.headerLeft, left, y, { width: width * 0.62, lineBreak: false });
  doc.text(facts.headerRight, left + width * 0.62, y, {
    width: width * 0.38,
    align: 'right',
    lineBreak: false,
  });
  doc
    .moveTo(left, y + 14)
    .lineTo(page.width - right, y + 14)
    .lineWidth(0.5)
    .strokeColor(colors.rule)
    .stroke();
}

function footer(doc: PDFKit.PDFDocument, facts: DocumentFacts, index: number, count: number): void {
  const { left, right } = page.margin;
  const width = page.width - left - right;
  const y = page.height - 40;
  doc.font(fontNames.body).fontSize(sizes.small).fillColor(colors.muted);
  doc.text(
    `Cashflow Monitor · generated ${facts.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    left,
    y,
    {
      width: width * 0.7,
      lineBreak: false,
    },
  );
  doc.text(`Page ${index + 1} of ${count}`, left + width * 0.7, y, {
    width: width * 0.3,
    align: 'right',
    lineBreak: false,
  });
}

/** Adds headers and page numbers, then writes the whole document to `stream`; answers the page count. */
export async function finishDocument(
  doc: PDFKit.PDFDocument,
  facts: DocumentFacts,
  stream: WriteStream,
): Promise<number> {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Text in the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    if (index > start) runningHeader(doc, facts);
    footer(doc, facts, index - start, count);
    doc.page.margins = margins;
  }
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.on('data', (chunk: Buffer) => {
    stream.write(chunk);
  });
  doc.end();
  await ended;
  return count;
}

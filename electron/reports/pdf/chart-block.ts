/** Places an SVG chart on the page at the full content width, as vectors with its text embedded. */
import SVGtoPDF from 'svg-to-pdfkit';
import { fontNames } from './fonts';
import { ensureSpace } from './pdf-blocks';
import { contentWidth, page } from './theme';

/** SVG pixels per PDF point: charts are drawn in pixels and placed in points (96 px = 72 pt). */
export const pixelsPerPoint = 96 / 72;

export function svgBlock(doc: PDFKit.PDFDocument, svg: string, heightPoints: number): void {
  ensureSpace(doc, heightPoints + 8);
  const y = doc.y;
  SVGtoPDF(doc, svg, page.margin.left, y, {
    width: contentWidth,
    height: heightPoints,
    // Every text of the chart is set in the report's embedded fonts.
    fontCallback: (_family, bold) => (bold ? fontNames.bold : fontNames.body),
    warningCallback: () => undefined,
  });
  doc.x = page.margin.left;
  doc.y = y + heightPoints + 8;
}

/** The pixel size to render a chart at so that it fills `heightPoints` of the content width. */
export function chartPixels(heightPoints: number): { width: number; height: number } {
  return {
    width: Math.round(contentWidth * pixelsPerPoint),
    height: Math.round(heightPoints * pixelsPerPoint),
  };
}

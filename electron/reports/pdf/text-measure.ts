/**
 * How wide a text is in the report's fonts, for ECharts' server-side layout. Without a canvas,
 * ECharts guesses text widths, and legends and labels then overlap once the PDF sets them in
 * DejaVu; measuring with the very font the PDF embeds keeps the chart's layout true.
 */
import PDFDocument from 'pdfkit';
import { fontNames, registerReportFonts, reportFontFiles } from './fonts';

let measurer: PDFKit.PDFDocument | null = null;

/** `font` is a CSS font shorthand as ECharts writes it, e.g. `bold 12px "DejaVu Sans"`. */
export function measureText(text: string, font?: string): { width: number } {
  if (measurer === null) {
    measurer = new PDFDocument({ autoFirstPage: false, font: reportFontFiles().body });
    registerReportFonts(measurer);
  }
  const css = font ?? '';
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(css)?.[1] ?? 12);
  const bold = /\bbold(er)?\b|\b[6-9]00\b/.test(css);
  return {
    width: measurer
      .font(bold ? fontNames.bold : fontNames.body)
      .fontSize(size)
      .widthOfString(text),
  };
}

/**
 * The report's fonts: DejaVu Sans, shipped in node_modules (package `dejavu-fonts-ttf`) so the PDF
 * looks the same on every machine, in the packaged app included, and never depends on system
 * fonts. It covers every Latin, Greek and Cyrillic letter a company or country name may carry
 * (Türkiye, Łódź, Ελλάδα). Embedded as subsets: only the glyphs used travel in the file.
 */
import { createRequire } from 'node:module';

// Named apart from `require`: bundlers may declare that name in the same module scope.
const packageFiles = createRequire(import.meta.url);

export const fontNames = {
  body: 'body',
  bold: 'bold',
  /** Tables: the condensed cut fits long IBANs and amounts in narrow columns. */
  table: 'table',
  tableBold: 'table-bold',
} as const;

export type FontFiles = Readonly<Record<keyof typeof fontNames, string>>;

let files: FontFiles | null = null;

export function reportFontFiles(): FontFiles {
  files ??= {
    body: packageFiles.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: packageFiles.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    table: packageFiles.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
    tableBold: packageFiles.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
  };
  return files;
}

/** Registers every report font under its name. */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  const paths = reportFontFiles();
  for (const key of Object.keys(fontNames) as (keyof typeof fontNames)[])
    doc.registerFont(fontNames[key], paths[key]);
}

/** The first page's title block and its facts about the report's data: source, sync, generated-at. */
import type { DataProvenance } from '../../analytics/report-facts';
import { facts } from './pdf-blocks';
import { fontNames } from './fonts';
import { colors, contentWidth, page, sizes } from './theme';

/** The demo data's source key, said in words on the cover. */
const demoSourceKey = 'demo://simulator';

export function coverTitle(doc: PDFKit.PDFDocument, kind: string, title: string, subtitle: string): void {
  doc.rect(0, 0, page.width, 8).fill(colors.accent);
  doc.x = page.margin.left;
  doc.y = 92;
  doc
    .font(fontNames.bold)
    .fontSize(sizes.small + 1)
    .fillColor(colors.accent);
  doc.text(kind.toUpperCase(), { width: contentWidth, characterSpacing: 1.5 });
  doc.moveDown(0.4);
  doc.font(fontNames.bold).fontSize(sizes.title).fillColor(colors.ink).text(title, { width: contentWidth });
  doc
    .font(fontNames.body)
    .fontSize(sizes.subheading)
    .fillColor(colors.muted)
    .text(subtitle, { width: contentWidth });
  doc.moveDown(1);
  doc
    .moveTo(page.margin.left, doc.y)
    .lineTo(page.margin.left + contentWidth, doc.y)
    .lineWidth(0.75)
    .strokeColor(colors.rule)
    .stroke();
  doc.moveDown(1);
}

function sourceText(provenance: DataProvenance): string {
  if (provenance.sources.length === 0) return 'no CDM source recorded in this database';
  return provenance.sources
    .map((source) =>
      source.url === demoSourceKey
        ? 'the bundled CDM simulator (demo data)'
        : `${source.url} (${source.dialect} dialect)`,
    )
    .join('\n');
}

export function coverFacts(
  doc: PDFKit.PDFDocument,
  provenance: DataProvenance,
  generatedAt: Date,
  rows: readonly (readonly [string, string])[],
): void {
  const sync = provenance.lastSync;
  facts(doc, [
    ...rows,
    ['Source', sourceText(provenance)],
    [
      'Last sync',
      sync === null
        ? 'none finished'
        : `${sync.at.slice(0, 16).replace('T', ' ')} UTC${sync.outcome === null ? '' : ` (${sync.outcome})`}`,
    ],
    ['Generated at', `${generatedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC by Cashflow Monitor`],
  ]);
}

/**
 * Writes one report to a file: the PDF pack or a CSV table, for a company or the portfolio, through
 * a temporary file so that a failure or a cancel leaves nothing behind. The one entry point the CLI
 * and the app's export service share.
 */
import type { ReportRequest, ReportWritten } from '../../shared/reports';
import { companyTable } from './csv/company-tables';
import { writeCsv } from './csv/csv-writer';
import { portfolioCsvTable } from './csv/portfolio-tables';
import type { ExportControl } from './export-control';
import { writeAtomically, type AtomicWriteOptions } from './files/atomic-file';
import type { ReportInputs } from './report-inputs';

export async function writeReport(
  inputs: ReportInputs,
  request: ReportRequest,
  target: string,
  options: AtomicWriteOptions & { readonly control: ExportControl },
): Promise<ReportWritten> {
  let rows: number | null = null;
  let pages: number | null = null;
  const streaming = request.format === 'csv' ? inputs.openStreaming() : null;
  try {
    // A CSV's first figures are fetched before the file exists: a bad company fails cleanly.
    const table =
      streaming === null
        ? null
        : request.scope === 'company'
          ? await companyTable(inputs, streaming.db, request)
          : await portfolioCsvTable(inputs, streaming.db, request);
    const written = await writeAtomically(
      target,
      async (stream) => {
        if (table !== null) {
          rows = (await writeCsv(stream, table, request.layout, options.control)).rows;
        } else if (request.scope === 'company') {
          // The PDF side (ECharts, pdfkit, the world map) loads only when a PDF is asked for: a CSV
          // export, the CLI's other commands and the app's start never pay for it.
          const { writeCompanyPdf } = await import('./pdf/company-pdf');
          pages = await writeCompanyPdf(stream, inputs, request, options.control);
        } else {
          const { writePortfolioPdf } = await import('./pdf/portfolio-pdf');
          pages = await writePortfolioPdf(stream, inputs, request, options.control);
        }
      },
      options,
    );
    return { status: 'saved', path: written.path, bytes: written.bytes, format: request.format, rows, pages };
  } finally {
    streaming?.close();
  }
}

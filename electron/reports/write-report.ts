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
import { writeCompanyPdf } from './pdf/company-pdf';
import { writePortfolioPdf } from './pdf/portfolio-pdf';
import type { ReportInputs } from './report-inputs';

export async function writeReport(
  inputs: ReportInputs,
  request: ReportRequest,
  target: string,
  options: AtomicWriteOptions & { readonly control: ExportControl },
): Promise<ReportWritten> {
  let rows: number | null = null;
  let pages: number | null = null;
  // Fetching a CSV's first figures happens before the file exists: a bad company fails cleanly.
  const table =
    request.format === 'csv'
      ? request.scope === 'company'
        ? await companyTable(inputs, request)
        : await portfolioCsvTable(inputs, request)
      : null;
  const written = await writeAtomically(
    target,
    async (stream) => {
      if (table !== null) {
        rows = (await writeCsv(stream, table, request.layout, options.control)).rows;
      } else {
        pages =
          request.scope === 'company'
            ? await writeCompanyPdf(stream, inputs, request, options.control)
            : await writePortfolioPdf(stream, inputs, request, options.control);
      }
    },
    options,
  );
  return { status: 'saved', path: written.path, bytes: written.bytes, format: request.format, rows, pages };
}

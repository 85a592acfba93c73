/**
 * The appendices of the company report: its quarantined records with their reasons (what the
 * figures leave out, and why), and the exchange-rate snapshot the figures were converted with,
 * overrides and warnings included.
 */
import type { RateWarning } from '../../../shared/quality';
import type { CompanyReportData } from './company-data';
import { amountText, countText, rateText } from './figures';
import { heading, paragraph } from './pdf-blocks';
import { table } from './pdf-table';
import { colors } from './theme';

function quarantine(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  doc.addPage();
  const { total, rows } = data.quarantined;
  heading(
    doc,
    'Appendix A. Quarantined records',
    'Records of this company in the range that are left out of every figure, with the reason (see docs/reports.md).',
  );
  if (total === 0) {
    paragraph(doc, 'None: every record of this company in the range is valid.');
    return;
  }
  paragraph(
    doc,
    total > rows.length
      ? `${countText(total)} records; the first ${countText(rows.length)} are listed. Export them all with the CSV kind "quality".`
      : `${countText(total)} records.`,
  );
  table(
    doc,
    [
      { title: 'Time', width: 0.19 },
      { title: 'Stream', width: 0.07 },
      { title: 'Counterparty', width: 0.27 },
      { title: 'Amount', width: 0.12, align: 'right' },
      { title: 'Cur.', width: 0.06 },
      { title: 'Reason', width: 0.29 },
    ],
    rows.map((line) => [
      line.ts,
      line.source,
      line.direction === 'in' ? line.payer : line.beneficiary,
      amountText(line.amount),
      line.currency,
      line.detail === null ? (line.reason ?? '') : `${line.reason ?? ''}: ${line.detail}`,
    ]),
  );
}

function warningText(warning: RateWarning): string {
  switch (warning.kind) {
    case 'identity-not-one':
      return `${warning.currency}: its own ${warning.column} is ${warning.value}, not 1 (ignored: a currency converts into itself at 1).`;
    case 'cross-rate':
      return `${warning.currency}: the two columns disagree (EUR rate ${warning.eurRate}, implied ${rateText(warning.impliedEurRate)}).`;
    case 'non-iso-code':
      return `${warning.currency} is not an ISO 4217 currency code; its records are quarantined.`;
    case 'no-rate':
      return `${warning.currency} has no rate into ${warning.reporting}: ${countText(warning.movements)} movements are left out of converted figures.`;
  }
}

function rates(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  const currency = data.balance.currency;
  heading(
    doc,
    'Appendix B. Exchange-rate snapshot',
    `The rate table as received and the analyst's overrides; "applied" is the factor from each currency into ${currency} used throughout this report. The same snapshot applies to every date.`,
  );
  table(
    doc,
    [
      { title: 'Currency', width: 0.16 },
      { title: 'Table EUR rate', width: 0.21, align: 'right' },
      { title: 'Table USD rate', width: 0.21, align: 'right' },
      { title: `Override into ${currency}`, width: 0.21, align: 'right' },
      { title: `Applied into ${currency}`, width: 0.21, align: 'right' },
    ],
    data.rates.map((rate) => [
      rate.currency,
      rateText(rate.eurRate),
      rateText(rate.usdRate),
      rateText(rate.override),
      rate.applied === null ? 'no rate' : rateText(rate.applied),
    ]),
    (index) => (data.rates[index]?.override !== null ? { bold: true, color: colors.ink } : {}),
  );
  if (data.rateWarnings.length > 0) {
    heading(doc, 'Rate-table warnings');
    for (const warning of data.rateWarnings) paragraph(doc, `• ${warningText(warning)}`);
  }
}

export function appendices(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  quarantine(doc, data);
  rates(doc, data);
}

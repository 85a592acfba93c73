/**
 * The portfolio report: every company ranked by debt, with its balance, debt, credit, 30-day net
 * flow and overdraft flags, after a cover with the portfolio's totals.
 */
import type { WriteStream } from 'node:fs';
import type { PortfolioReportRequest } from '../../../shared/reports';
import { dataProvenance } from '../../analytics/report-facts';
import { allPortfolioRows } from '../csv/portfolio-tables';
import { checkpoint, type ExportControl } from '../export-control';
import type { ReportInputs } from '../report-inputs';
import { amountText, countText } from './figures';
import { coverFacts, coverTitle } from './cover';
import { cards, heading } from './pdf-blocks';
import { createReportDocument, finishDocument, type DocumentFacts } from './pdf-document';
import { table } from './pdf-table';
import { colors } from './theme';

export async function writePortfolioPdf(
  stream: WriteStream,
  inputs: ReportInputs,
  request: PortfolioReportRequest,
  control: ExportControl,
): Promise<number> {
  control.progress({ phase: 'figures', done: 0, total: 3 });
  const portfolio = await allPortfolioRows(inputs, request);
  const { rows, currency } = portfolio;
  const generatedAt = inputs.now();
  const range =
    portfolio.from !== null && portfolio.to !== null ? `${portfolio.from} to ${portfolio.to}` : 'no data';
  control.progress({ phase: 'pages', done: 1, total: 3 });
  const facts: DocumentFacts = {
    title: 'Portfolio report',
    subject: `Every company, ${currency}, as of ${portfolio.asOf ?? 'no data'}`,
    generatedAt,
    headerLeft: 'Portfolio report',
    headerRight: `as of ${portfolio.asOf ?? 'no data'} · ${currency}`,
  };
  await checkpoint(control);
  const doc = createReportDocument(facts);
  doc.addPage();
  coverTitle(doc, 'Portfolio report', 'All companies', `${countText(rows.length)} companies, ranked by debt`);
  const overdrawnNow = rows.filter((row) => row.overdrawnNow).length;
  const wentOverdrawn = rows.filter((row) => row.wentOverdrawn).length;
  coverFacts(doc, dataProvenance(inputs.db()), generatedAt, [
    ['Companies', countText(rows.length)],
    ['Reporting currency', currency],
    ['Data as of', `${portfolio.asOf ?? 'no data'} (the last synced day)`],
    ['Overdraft range', `${range} (for "went overdrawn")`],
  ]);
  const sum = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  heading(doc, 'Portfolio totals', `Current figures, in ${currency}.`);
  cards(doc, [
    { label: `Total balance (${currency})`, value: amountText(sum((row) => row.balance)) },
    { label: `Total debt (${currency})`, value: amountText(sum((row) => row.debt)), tone: 'negative' },
    { label: `Total credit (${currency})`, value: amountText(sum((row) => row.credit)) },
    { label: 'Overdrawn now', value: countText(overdrawnNow), note: 'companies with an account below zero' },
    { label: 'Went overdrawn', value: countText(wentOverdrawn), note: `at some day of ${range}` },
    { label: `Net flow, 30 days (${currency})`, value: amountText(sum((row) => row.netFlow30)) },
  ]);
  await checkpoint(control);
  doc.addPage();
  heading(
    doc,
    'Companies by debt',
    `Current figures in ${currency}; flags: N overdrawn now, R went overdrawn in ${range}.`,
  );
  const right = 'right' as const;
  table(
    doc,
    [
      { title: '#', width: 0.05, align: right },
      { title: 'Id', width: 0.06, align: right },
      { title: 'Company', width: 0.25 },
      { title: 'Balance', width: 0.15, align: right },
      { title: 'Debt', width: 0.15, align: right },
      { title: 'Credit', width: 0.14, align: right },
      { title: 'Net 30 d', width: 0.13, align: right },
      { title: 'Flags', width: 0.07 },
    ],
    rows.map((row, index) => [
      String(index + 1),
      String(row.companyId),
      row.name,
      amountText(row.balance),
      amountText(row.debt),
      amountText(row.credit),
      amountText(row.netFlow30),
      [row.overdrawnNow ? 'N' : '', row.wentOverdrawn ? 'R' : ''].join(' ').trim(),
    ]),
    (index) => (rows[index]?.overdrawnNow === true ? { color: colors.negative } : {}),
  );
  control.progress({ phase: 'writing', done: 2, total: 3 });
  return finishDocument(doc, facts, stream);
}

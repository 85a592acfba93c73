/**
 * The company report pack: a cover with the facts a credit committee asks first (who, which
 * accounts, which range, which currency, how fresh the data is and where it came from) and the
 * balance cards; then the balance-and-flows chart with the month-by-month table, the countries map
 * and table, counterparties, interest and forecast; the appendices close it.
 */
import type { WriteStream } from 'node:fs';
import { dayFromIso } from '../../../shared/days';
import type { CompanyReportRequest } from '../../../shared/reports';
import { checkpoint, type ExportControl } from '../export-control';
import type { ReportInputs } from '../report-inputs';
import { balanceChartSvg, countriesMapSvg } from './chart-svg';
import { chartPixels, svgBlock } from './chart-block';
import { forecastHorizonDays, gatherCompanyData, type CompanyReportData } from './company-data';
import { appendices } from './company-appendix';
import { amountText, countText, percentText } from './figures';
import { coverFacts, coverTitle } from './cover';
import { fontNames } from './fonts';
import { cards, heading, paragraph, type Card } from './pdf-blocks';
import { createReportDocument, finishDocument, type DocumentFacts } from './pdf-document';
import { table } from './pdf-table';
import { colors } from './theme';

function balanceCards(data: CompanyReportData): Card[] {
  const { balance, interest, forecast } = data;
  const c = balance.currency;
  const list: Card[] = [
    {
      label: `Balance (${c})`,
      value: amountText(balance.balance),
      note: `end of ${balance.at}`,
      tone: balance.balance < 0 ? 'negative' : 'normal',
    },
    {
      label: `Debt (${c})`,
      value: amountText(balance.debt),
      note: 'owed by overdrawn accounts',
      tone: balance.debt > 0 ? 'negative' : 'normal',
    },
    { label: `Credit (${c})`, value: amountText(balance.credit), note: 'held by accounts in credit' },
    balance.reportedBalance === null
      ? { label: 'Reported balance', value: '–', note: 'the source reports none' }
      : {
          label: 'Reported balance (EUR)',
          value: amountText(balance.reportedBalance),
          note:
            balance.reportedDifference === null
              ? 'compared in EUR reports only'
              : `computed − reported: ${amountText(balance.reportedDifference)}`,
        },
    {
      label: `Interest, net (${c})`,
      value: amountText(interest.net),
      note: `earned ${amountText(interest.earned)} · owed ${amountText(interest.owed)}`,
      tone: interest.net < 0 ? 'negative' : 'normal',
    },
    forecast.available
      ? {
          label: `Forecast ${forecast.at} (${c})`,
          value: amountText(forecast.balance),
          note: `80 %: ${amountText(forecast.low80)} to ${amountText(forecast.high80)}`,
        }
      : { label: `Forecast ${forecast.at}`, value: '–', note: forecast.reason },
  ];
  return list;
}

function cover(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  doc.addPage();
  coverTitle(doc, 'Cash-flow report', data.company.name, `Company ${data.company.companyId}`);
  const days = (dayFromIso(data.to) ?? 0) - (dayFromIso(data.from) ?? 0) + 1;
  coverFacts(doc, data.provenance, data.generatedAt, [
    ['Company id', String(data.company.companyId)],
    ['Address', data.company.address || '–'],
    ['Accounts', data.company.ibans.join('\n') || '–'],
    ['Range', `${data.from} to ${data.to} (${countText(days)} days, inclusive)`],
    ['Reporting currency', data.balance.currency],
    ['Data as of', `${data.current.at} (the last synced day)`],
  ]);
  heading(
    doc,
    'At the end of the range',
    `Figures at the end of ${data.balance.at}, in ${data.balance.currency}.`,
  );
  cards(doc, balanceCards(data));
  const left = [...new Set([...data.balance.unconvertedCurrencies, ...data.chart.unconvertedCurrencies])];
  if (left.length > 0)
    paragraph(doc, `Left out of converted figures for want of a rate: ${left.join(', ')}.`, colors.negative);
}

function flows(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  doc.addPage();
  const c = data.chart.currency;
  heading(
    doc,
    'Balance and flows',
    `Closing balance with its lowest–highest band, inflows and outflows per ${data.chart.granularity}, in ${c}.`,
  );
  const pixels = chartPixels(280);
  svgBlock(doc, balanceChartSvg(data.chart, pixels.width, pixels.height), 280);
  heading(
    doc,
    'Month by month',
    `In ${c}. Overdrawn: the days on which at least one account ended below zero.`,
  );
  const t = data.monthTotals;
  const rows = data.months.map((m) => [
    m.label,
    amountText(m.opening),
    amountText(m.inflow),
    amountText(m.outflow),
    amountText(m.closing),
    amountText(m.lowest),
    String(m.daysOverdrawn),
  ]);
  rows.push([
    'Range',
    amountText(t.opening),
    amountText(t.inflow),
    amountText(t.outflow),
    amountText(t.closing),
    amountText(t.min),
    String(t.daysOverdrawn),
  ]);
  const right = 'right' as const;
  table(
    doc,
    [
      { title: 'Month', width: 0.09 },
      { title: 'Opening', width: 0.15, align: right },
      { title: 'Inflow', width: 0.15, align: right },
      { title: 'Outflow', width: 0.15, align: right },
      { title: 'Closing', width: 0.15, align: right },
      { title: 'Lowest', width: 0.15, align: right },
      { title: 'Overdrawn', width: 0.16, align: right },
    ],
    rows,
    (index) => (index === rows.length - 1 ? { bold: true, color: colors.ink } : {}),
  );
}

function countries(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  doc.addPage();
  const c = data.countries.currency;
  heading(
    doc,
    'Countries transacted with',
    `The counterparty's country is the first two letters of its IBAN; shaded by volume in ${c}.`,
  );
  const pixels = chartPixels(250);
  svgBlock(doc, countriesMapSvg(data.countries, pixels.width, pixels.height), 250);
  if (data.countries.countries.length === 0) {
    paragraph(doc, 'No transactions with counterparties in this range.');
    return;
  }
  const right = 'right' as const;
  table(
    doc,
    [
      { title: 'Code', width: 0.08 },
      { title: 'Country', width: 0.3 },
      { title: `Inflow (${c})`, width: 0.18, align: right },
      { title: `Outflow (${c})`, width: 0.18, align: right },
      { title: 'Count', width: 0.13, align: right },
      { title: 'Share', width: 0.13, align: right },
    ],
    data.countries.countries.map((country) => [
      country.country,
      country.name,
      amountText(country.inflow),
      amountText(country.outflow),
      countText(country.count),
      percentText(country.share),
    ]),
  );
}

function counterparties(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  const c = data.counterparties.currency;
  heading(
    doc,
    'Largest counterparties',
    `The ${data.counterparties.counterparties.length} counterparties with the largest volume in the range, in ${c}.`,
  );
  if (data.counterparties.counterparties.length === 0) {
    paragraph(doc, 'No counterparties in this range.');
    return;
  }
  const right = 'right' as const;
  table(
    doc,
    [
      { title: 'IBAN', width: 0.33 },
      { title: 'Owner', width: 0.17 },
      { title: 'Country', width: 0.14 },
      { title: 'Inflow', width: 0.13, align: right },
      { title: 'Outflow', width: 0.13, align: right },
      { title: 'Count', width: 0.1, align: right },
    ],
    data.counterparties.counterparties.map((party) => [
      party.iban,
      party.companyName ?? 'outside party',
      party.countryName,
      amountText(party.inflow),
      amountText(party.outflow),
      countText(party.count),
    ]),
  );
}

function interestAndForecast(doc: PDFKit.PDFDocument, data: CompanyReportData): void {
  const { interest, forecast } = data;
  const c = interest.currency;
  heading(
    doc,
    'Interest',
    `Accrued daily on each account's end-of-day balance, simple, over ${interest.from} to ${interest.to}.`,
  );
  const right = 'right' as const;
  table(
    doc,
    [
      { title: '', width: 0.4 },
      { title: 'Annual rate', width: 0.3, align: right },
      { title: `Amount (${c})`, width: 0.3, align: right },
    ],
    [
      ['Credit interest earned', percentText(interest.creditRate, 2), amountText(interest.earned)],
      ['Debit interest owed', percentText(interest.debitRate, 2), amountText(interest.owed)],
      ['Net', '', amountText(interest.net)],
    ],
    (index) => (index === 2 ? { bold: true, color: colors.ink } : {}),
  );
  heading(
    doc,
    'Forecast',
    `The company balance ${forecastHorizonDays} days after the last synced day, with its uncertainty.`,
  );
  if (!forecast.available) {
    paragraph(doc, `No forecast: ${forecast.reason}`);
    return;
  }
  table(
    doc,
    [
      { title: '', width: 0.4 },
      { title: `From (${c})`, width: 0.3, align: right },
      { title: `To (${c})`, width: 0.3, align: right },
    ],
    [
      ['Expected balance', '', amountText(forecast.balance)],
      ['80 % band', amountText(forecast.low80), amountText(forecast.high80)],
      ['95 % band', amountText(forecast.low95), amountText(forecast.high95)],
      [`Starting balance (${forecast.from})`, '', amountText(forecast.fromBalance)],
    ],
  );
  doc.font(fontNames.body);
  paragraph(
    doc,
    `Model: ${forecast.model}. Back-tested on the last ${forecast.backtestDays} days of history, its error was ${forecast.backtestMape.toFixed(1)} % (volume-weighted mean absolute percentage error).`,
  );
}

export async function writeCompanyPdf(
  stream: WriteStream,
  inputs: ReportInputs,
  request: CompanyReportRequest,
  control: ExportControl,
): Promise<number> {
  control.progress({ phase: 'figures', done: 0, total: 3 });
  const data = await gatherCompanyData(inputs, request);
  control.progress({ phase: 'pages', done: 1, total: 3 });
  const facts: DocumentFacts = {
    title: `Cash-flow report: ${data.company.name}`,
    subject: `Company ${data.company.companyId}, ${data.from} to ${data.to}, ${data.balance.currency}`,
    generatedAt: data.generatedAt,
    headerLeft: `${data.company.name} (${data.company.companyId})`,
    headerRight: `${data.from} to ${data.to} · ${data.balance.currency}`,
  };
  const doc = createReportDocument(facts);
  for (const section of [cover, flows, countries, counterparties, interestAndForecast, appendices]) {
    await checkpoint(control);
    section(doc, data);
  }
  control.progress({ phase: 'writing', done: 2, total: 3 });
  return finishDocument(doc, facts, stream);
}

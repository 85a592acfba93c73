/**
 * Reports: what can be exported (a PDF report pack, or one CSV table), the argument the app and the
 * CLI describe a report with, and what an export answers. The file name a save dialog proposes is
 * built here too, so the app and the CLI name files alike.
 */
import { z } from 'zod';
import { companyId, granularity, isoDay, reportingCurrency } from './schemas';

export const reportFormats = ['pdf', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** CSV tables of one company over a range. */
export const companyCsvKinds = [
  'transactions',
  'daily',
  'series',
  'countries',
  'counterparties',
  'quality',
] as const;
/** CSV tables over every company. */
export const portfolioCsvKinds = ['portfolio', 'quality'] as const;
export const csvKinds = [...companyCsvKinds, 'portfolio'] as const;
export type CsvKind = (typeof csvKinds)[number];

/** How the CSV is laid out for the program that opens it. */
export const csvLayout = z
  .object({
    /** `;` is what Excel expects in locales whose decimal mark is a comma. */
    separator: z.enum(['comma', 'semicolon']).default('comma'),
    /** A byte-order mark makes Excel read the file as UTF-8. */
    bom: z.boolean().default(false),
  })
  .strict();
export type CsvLayout = z.output<typeof csvLayout>;

const fromNotAfterTo = { message: '`from` must not be after `to`', path: ['from'] };

export const companyReportRequest = z
  .object({
    scope: z.literal('company'),
    companyId,
    from: isoDay,
    to: isoDay,
    currency: reportingCurrency,
    format: z.enum(reportFormats),
    kind: z.enum(companyCsvKinds).default('transactions'),
    granularity: granularity.default('month'),
    includeQuarantined: z.boolean().default(false),
    layout: csvLayout.prefault({}),
  })
  .strict()
  .refine((range) => range.from <= range.to, fromNotAfterTo);

export const portfolioReportRequest = z
  .object({
    scope: z.literal('portfolio'),
    /** The range "went overdrawn" looks at; defaults to the 30 days ending at the last synced day. */
    from: isoDay.optional(),
    to: isoDay.optional(),
    currency: reportingCurrency,
    format: z.enum(reportFormats),
    kind: z.enum(portfolioCsvKinds).default('portfolio'),
    layout: csvLayout.prefault({}),
  })
  .strict()
  .refine(
    (range) => range.from === undefined || range.to === undefined || range.from <= range.to,
    fromNotAfterTo,
  );

export const reportRequest = z.union([companyReportRequest, portfolioReportRequest]);
export type ReportRequest = z.output<typeof reportRequest>;
export type ReportRequestInput = z.input<typeof reportRequest>;
export type CompanyReportRequest = z.output<typeof companyReportRequest>;
export type PortfolioReportRequest = z.output<typeof portfolioReportRequest>;

/** What a written report holds, for the notice after it is saved. */
export interface ReportWritten {
  readonly status: 'saved';
  readonly path: string;
  readonly bytes: number;
  readonly format: ReportFormat;
  /** Data rows of a CSV, pages of a PDF. */
  readonly rows: number | null;
  readonly pages: number | null;
}

export type ReportExportResult = ReportWritten | { readonly status: 'cancelled' };

/** Progress of the export that is running, for the app's progress line and the CLI's bar. */
export interface ReportProgress {
  readonly phase: string;
  readonly done: number;
  /** Null when the amount of work is not known in advance. */
  readonly total: number | null;
}

export interface ReportStatus {
  readonly running: boolean;
  readonly progress: ReportProgress | null;
  readonly last: ReportWritten | null;
}

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const plainLetters: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  ı: 'i',
  Þ: 'Th',
  þ: 'th',
  Ð: 'D',
  ð: 'd',
};

/** Letters, digits and dashes only: a name that is valid on every desktop file system. */
function fileSafe(text: string): string {
  const plain = text
    .replace(/[ŁłØøĐđßÆæŒœıÞþÐð]/g, (letter) => plainLetters[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return plain.slice(0, 48).replace(/-+$/, '') || 'company';
}

/**
 * The file name proposed for a report: what it is about, its range and the day it was made,
 * e.g. `acme-sarl-42_2021-01-01_2021-12-31_report_2026-12-02.pdf`.
 */
export function suggestedReportName(
  request: ReportRequest,
  subject: { readonly name: string; readonly companyId: number } | null,
  today: string,
): string {
  const what = request.format === 'pdf' ? 'report' : request.kind;
  const who = subject === null ? 'portfolio' : `${fileSafe(subject.name)}-${subject.companyId}`;
  const range =
    request.from !== undefined && request.to !== undefined ? `_${request.from}_${request.to}` : '';
  return `${who}${range}_${what}_${today}.${request.format}`;
}

/**
 * "Export": the PDF report pack or one CSV table of what the view shows (the company over the
 * chosen range and currency, or the portfolio). The main process asks where to save.
 */
import { useRef } from 'react';
import type { ReportRequestInput } from '../../../shared/reports';
import { useExportRunning, useStartExport } from '../data/export';

export interface ExportChoice {
  readonly label: string;
  readonly request: ReportRequestInput;
}

export function ExportMenu({ choices }: { readonly choices: readonly ExportChoice[] }) {
  const start = useStartExport();
  const running = useExportRunning();
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className="export-menu" ref={menu}>
      <summary className="button" aria-disabled={running}>
        Export
      </summary>
      <div className="export-menu__list" role="menu" aria-label="Export">
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            role="menuitem"
            disabled={running}
            onClick={() => {
              if (menu.current !== null) menu.current.open = false;
              start.mutate(choice.request);
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </details>
  );
}

/** What a company view can export, for its range and currency. */
export function companyExportChoices(
  companyId: number,
  range: { readonly from: string; readonly to: string },
  currency: 'EUR' | 'USD',
  granularity: 'day' | 'week' | 'month' | 'quarter' | 'year',
): ExportChoice[] {
  const base = { scope: 'company', companyId, from: range.from, to: range.to, currency } as const;
  return [
    { label: 'PDF report pack', request: { ...base, format: 'pdf' } },
    { label: 'CSV: transactions', request: { ...base, format: 'csv', kind: 'transactions' } },
    { label: 'CSV: daily balances', request: { ...base, format: 'csv', kind: 'daily' } },
    {
      label: `CSV: series by ${granularity}`,
      request: { ...base, format: 'csv', kind: 'series', granularity },
    },
    { label: 'CSV: countries', request: { ...base, format: 'csv', kind: 'countries' } },
    { label: 'CSV: counterparties', request: { ...base, format: 'csv', kind: 'counterparties' } },
    { label: 'CSV: quarantined records', request: { ...base, format: 'csv', kind: 'quality' } },
  ];
}

export function portfolioExportChoices(currency: 'EUR' | 'USD'): ExportChoice[] {
  const base = { scope: 'portfolio', currency } as const;
  return [
    { label: 'PDF portfolio report', request: { ...base, format: 'pdf' } },
    { label: 'CSV: portfolio', request: { ...base, format: 'csv', kind: 'portfolio' } },
    { label: 'CSV: every quarantined record', request: { ...base, format: 'csv', kind: 'quality' } },
  ];
}

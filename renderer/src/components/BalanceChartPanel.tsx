/**
 * The balance chart panel: the range's flow totals above the interactive chart of its buckets. The
 * chart drives the page: dragging across it or zooming sets the range of every panel, and Back
 * returns to the range before. The flows can be compared with the period before or the year before,
 * and the forecast continues the balance line with its 80 % and 95 % bands.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { ForecastResult, SeriesResult } from '../../../shared/analytics';
import { formatCount } from '../../../shared/format';
import { balanceChartOption } from '../../../shared/charts/balance-chart';
import { withOverlays } from '../../../shared/charts/balance-overlays';
import type { CompanyScope } from '../data/company';
import { sameCompany } from '../data/company';
import { skipToken, useContractQuery } from '../data/hooks';
import { bucketRange, comparisonRange, type Comparison } from '../filter/range';
import { useFilterStore } from '../store/filter-store';
import type { Load } from '../store/load';
import { EChart } from './EChart';
import { FitMoney as Money } from './Money';
import { LoadNote, Panel } from './Panel';
import { useChartLook } from '../display/theme';

const comparisonNames: Record<Comparison, string> = {
  none: 'None',
  previous: 'Previous period',
  year: 'Year before',
};

function Totals({
  series,
  compared,
}: {
  readonly series: SeriesResult;
  readonly compared: SeriesResult | null;
}) {
  const { totals, currency: c } = series;
  const stats: readonly [string, ReactNode][] = [
    ['Opening', <Money key="o" amount={totals.opening} currency={c} />],
    ['Closing', <Money key="c" amount={totals.closing} currency={c} />],
    ['Inflow', <Money key="i" amount={totals.inflow} currency={c} signed />],
    ['Outflow', <Money key="u" amount={-totals.outflow} currency={c} signed />],
    ['Net flow', <Money key="n" amount={totals.net} currency={c} signed />],
    ['Lowest', <Money key="l" amount={totals.min} currency={c} />],
    ['Highest', <Money key="h" amount={totals.max} currency={c} />],
    ['Days overdrawn', formatCount(totals.daysOverdrawn)],
    ['Peak debt', <Money key="p" amount={totals.peakDebt} currency={c} />],
    ['Transactions', formatCount(totals.count)],
  ];
  return (
    <>
      <dl className="totals" aria-label="Range totals">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {compared !== null && (
        <dl className="totals totals--compared" aria-label="Compared period totals">
          <div>
            <dt>Compared with</dt>
            <dd>
              {compared.from} – {compared.to}
            </dd>
          </div>
          <div>
            <dt>Inflow then</dt>
            <dd>
              <Money amount={compared.totals.inflow} currency={c} signed />
            </dd>
          </div>
          <div>
            <dt>Outflow then</dt>
            <dd>
              <Money amount={-compared.totals.outflow} currency={c} signed />
            </dd>
          </div>
          <div>
            <dt>Net flow then</dt>
            <dd>
              <Money amount={compared.totals.net} currency={c} signed />
            </dd>
          </div>
        </dl>
      )}
    </>
  );
}

interface BalanceChartPanelProps {
  readonly series: Load<SeriesResult>;
  readonly scope: CompanyScope;
  readonly forecast: ForecastResult | undefined;
}

export function BalanceChartPanel({ series, scope, forecast }: BalanceChartPanelProps) {
  const setRange = useFilterStore((state) => state.setRange);
  const backRange = useFilterStore((state) => state.backRange);
  const canGoBack = useFilterStore((state) => state.rangeHistory.length > 0);
  const [comparison, setComparison] = useState<Comparison>('none');
  const value = series.status === 'ready' ? series.value : null;
  const compareTo = comparisonRange(scope, comparison);
  const compared = useContractQuery(
    'companySeries',
    compareTo === null
      ? skipToken
      : { ...compareTo, companyId: scope.companyId, currency: scope.currency, granularity: scope.interval },
    { keepPrevious: sameCompany(scope.companyId) },
  );
  const comparedSeries = compareTo === null ? null : (compared.data ?? null);
  // The chart follows the app's theme.
  const look = useChartLook();
  const option = useMemo(() => {
    if (value === null) return null;
    const available = forecast?.available === true ? forecast : null;
    const overlays = {
      forecast: available,
      comparison:
        comparedSeries === null
          ? null
          : { label: comparisonNames[comparison].toLowerCase(), series: comparedSeries },
    };
    return withOverlays(balanceChartOption(value, look), value, overlays, look.palette);
  }, [value, forecast, comparedSeries, comparison, look]);
  const actions = (
    <div className="panel__actions">
      <div className="segmented" role="group" aria-label="Compare flows with">
        {(Object.keys(comparisonNames) as Comparison[]).map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={comparison === choice}
            onClick={() => {
              setComparison(choice);
            }}
          >
            {comparisonNames[choice]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button"
        disabled={!canGoBack}
        title="Back to the range before"
        onClick={() => {
          backRange();
        }}
      >
        ← Back
      </button>
    </div>
  );
  return (
    <Panel title="Balance and flows" className="panel--chart" actions={actions}>
      {value !== null && option !== null ? (
        <>
          <Totals series={value} compared={comparedSeries} />
          {compared.isError && (
            <p className="note" role="status">
              No comparison: {compared.error.message}
            </p>
          )}
          <EChart
            option={option}
            label={`Balance and flows, ${value.from} to ${value.to}, by ${value.granularity}. Drag across the chart to narrow the range.`}
            height={440}
            buckets={value.buckets.length}
            onSelect={(first, last) => {
              const range = bucketRange(value.buckets, first, last);
              if (range !== null) setRange(range);
            }}
          />
        </>
      ) : (
        <LoadNote load={series} />
      )}
    </Panel>
  );
}

/** The balance chart panel: the range's flow totals above the interactive chart of its buckets. */
import { useMemo, type ReactNode } from 'react';
import type { SeriesResult } from '../../../shared/analytics';
import { formatCount } from '../../../shared/format';
import { balanceChartOption } from '../../../shared/charts/balance-chart';
import type { Load } from '../store/load';
import { EChart } from './EChart';
import { FitMoney as Money } from './Money';
import { LoadNote, Panel } from './Panel';
import { useChartLook } from '../display/theme';

function Totals({ series }: { readonly series: SeriesResult }) {
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
    <dl className="totals" aria-label="Range totals">
      {stats.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function BalanceChartPanel({ series }: { readonly series: Load<SeriesResult> }) {
  const value = series.status === 'ready' ? series.value : null;
  // The chart follows the app's theme.
  const look = useChartLook();
  const option = useMemo(() => (value === null ? null : balanceChartOption(value, look)), [value, look]);
  return (
    <Panel title="Balance and flows" className="panel--chart">
      {value !== null && option !== null ? (
        <>
          <Totals series={value} />
          <EChart
            option={option}
            label={`Balance and flows, ${value.from} to ${value.to}, by ${value.granularity}`}
            height={440}
          />
        </>
      ) : (
        <LoadNote load={series} />
      )}
    </Panel>
  );
}

/**
 * The company view's controls: reporting currency, time range (presets or two dates) and bucket
 * size. Intervals the series service would refuse for the range are disabled, never requested.
 * The dates are typed as ISO days; the synced span is shown next to them (docs/domain.md "Balances").
 */
import { useState } from 'react';
import type { SyncedSpan } from '../../../shared/analytics';
import { reportingCurrencies } from '../../../shared/domain';
import { granularities, type Granularity } from '../../../shared/intervals';
import { rangePresets, type DataSpan } from '../filter/filter';
import { allowedIntervals, customRange, presetRange } from '../filter/range';
import type { ResolvedRange } from '../filter/resolve';
import { useFilterStore } from '../store/filter-store';
import { IsoDateInput } from './IsoDateInput';

const intervalNames: Record<Granularity, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

interface FilterBarProps {
  readonly span: DataSpan;
  /** The range and interval on screen (the opening preset until the analyst picks one). */
  readonly resolved: ResolvedRange;
  readonly synced: SyncedSpan | null;
}

export function FilterBar({ span, resolved, synced }: FilterBarProps) {
  const currency = useFilterStore((state) => state.filter.currency);
  const setRange = useFilterStore((state) => state.setRange);
  const setInterval = useFilterStore((state) => state.setInterval);
  const setCurrency = useFilterStore((state) => state.setCurrency);
  const [problem, setProblem] = useState<string | null>(null);
  const { range, interval } = resolved;
  const allowed = allowedIntervals(range);

  const changeDay = (which: 'from' | 'to', value: string) => {
    const next = customRange(which === 'from' ? value : range.from, which === 'to' ? value : range.to);
    if (typeof next === 'string') {
      setProblem(next);
      return;
    }
    setProblem(null);
    setRange(next);
  };

  return (
    <div className="filter-bar" role="toolbar" aria-label="Filters">
      <div className="segmented" role="group" aria-label="Reporting currency">
        {reportingCurrencies.map((code) => (
          <button
            key={code}
            type="button"
            aria-pressed={currency === code}
            onClick={() => {
              setCurrency(code);
            }}
          >
            {code}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Time range">
        {rangePresets.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={range.preset === preset}
            onClick={() => {
              setProblem(null);
              setRange(presetRange(preset, span.first, span.last));
            }}
          >
            {preset}
          </button>
        ))}
      </div>
      <label className="field">
        <span>From</span>
        <IsoDateInput
          label="From"
          value={range.from}
          onChange={(value) => {
            changeDay('from', value);
          }}
        />
      </label>
      <label className="field">
        <span>To</span>
        <IsoDateInput
          label="To"
          value={range.to}
          onChange={(value) => {
            changeDay('to', value);
          }}
        />
      </label>
      <label className="field">
        <span>Interval</span>
        <select
          value={interval}
          onChange={(event) => {
            const chosen = granularities.find((granularity) => granularity === event.target.value);
            if (chosen !== undefined) setInterval(chosen, range);
          }}
        >
          {granularities.map((granularity) => (
            <option key={granularity} value={granularity} disabled={!allowed.includes(granularity)}>
              {intervalNames[granularity]}
            </option>
          ))}
        </select>
      </label>
      {problem !== null && (
        <span className="note note--error" role="alert">
          {problem}
        </span>
      )}
      {synced !== null && (
        <span
          className="filter-bar__note"
          aria-label="Synced data"
          title={synced.sources.map((s) => `${s.source.toUpperCase()}: ${s.from} – ${s.to}`).join('\n')}
        >
          Synced data: {synced.from} – {synced.to}
        </span>
      )}
    </div>
  );
}

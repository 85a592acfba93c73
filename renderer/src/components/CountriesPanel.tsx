/**
 * Countries transacted with in the range: a world map shaded by volume beside a table of each
 * country's inflow, outflow, count and share. The GeoJSON is loaded on first use, as its own chunk,
 * so the app starts without it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CountriesResult } from '../../../shared/analytics';
import { formatCount } from '../../../shared/format';
import { countriesMapOption, worldMapName } from '../../../shared/charts/countries-map';
import { percent } from '../../../shared/charts/value-format';
import { withoutAntarctica } from '../../../shared/charts/world-map';
import type { Load } from '../store/load';
import { EChart } from './EChart';
import { registerMap } from './echarts-setup';
import { Money } from './Money';
import { LoadNote, Panel } from './Panel';
import { useChartLook } from '../display/theme';

let worldMap: Promise<void> | null = null;

function loadWorldMap(): Promise<void> {
  worldMap ??= import('@surbowl/world-geo-json-zh').then((module) => {
    registerMap(
      worldMapName,
      withoutAntarctica(module.default) as unknown as Parameters<typeof registerMap>[1],
    );
  });
  return worldMap;
}

function CountriesTable({ result }: { readonly result: CountriesResult }) {
  const c = result.currency;
  if (result.countries.length === 0) return <p className="note">No transactions in this range.</p>;
  return (
    <table className="grid-table" aria-label="Countries">
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" className="num">
            Inflow
          </th>
          <th scope="col" className="num">
            Outflow
          </th>
          <th scope="col" className="num">
            Count
          </th>
          <th scope="col" className="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {result.countries.map((country) => (
          <tr key={country.country}>
            <td>
              <span className="country-code">{country.country}</span> {country.name}
            </td>
            <td className="num">
              <Money amount={country.inflow} currency={c} />
            </td>
            <td className="num">
              <Money amount={country.outflow} currency={c} />
            </td>
            <td className="num">{formatCount(country.count)}</td>
            <td className="num">
              <span className="share">
                <span className="share__bar" style={{ width: `${Math.round(country.share * 100)}%` }} />
                {percent(country.share)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CountriesPanel({ countries }: { readonly countries: Load<CountriesResult> }) {
  const [mapReady, setMapReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  useEffect(() => {
    loadWorldMap().then(
      () => {
        setMapReady(true);
      },
      (cause: unknown) => {
        setMapError(`The world map could not be loaded: ${String(cause)}`);
      },
    );
  }, []);
  const value = countries.status === 'ready' ? countries.value : null;
  // The chart follows the app's theme.
  const look = useChartLook();
  const option = useMemo(() => (value === null ? null : countriesMapOption(value, look)), [value, look]);
  return (
    <Panel title="Countries transacted with" className="panel--countries">
      {value === null || option === null ? (
        <LoadNote load={countries} />
      ) : (
        <div className="countries">
          <div className="countries__map">
            {mapError !== null && <p className="note note--error">{mapError}</p>}
            {mapReady && (
              <EChart option={option} label="World map of countries transacted with" height={340} />
            )}
          </div>
          {/* Scrolls on its own: a Tab stop, so the keyboard can scroll it too. */}
          <div className="countries__table" tabIndex={0} role="region" aria-label="Countries table">
            <CountriesTable result={value} />
          </div>
        </div>
      )}
    </Panel>
  );
}

import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import world from '@surbowl/world-geo-json-zh';
import type { CountriesResult, SeriesBucket, SeriesResult } from '../../../shared/analytics';
import { balanceChartOption, bucketTooltip, seriesIds } from '../../../shared/charts/balance-chart';
import { overlayIds, withOverlays } from '../../../shared/charts/balance-overlays';
import { countriesMapOption, countryTooltip, worldMapName } from '../../../shared/charts/countries-map';
import { printLook, printPalette } from '../../../shared/charts/palette';
import { balanceChartSvg, countriesMapSvg } from '../../../electron/reports/pdf/chart-svg';

function bucket(
  label: string,
  closing: number,
  min: number,
  max: number,
  inflow: number,
  outflow: number,
): SeriesBucket {
  return {
    label,
    from: `${label}-01`,
    to: `${label}-28`,
    opening: 0,
    closing,
    min,
    max,
    inflow,
    outflow,
    net: inflow - outflow,
    count: 3,
  };
}

const series: SeriesResult = {
  companyId: 7,
  from: '2020-01-01',
  to: '2020-03-28',
  currency: 'EUR',
  granularity: 'month',
  buckets: [
    bucket('2020-01', 100, -50, 120, 300, 200),
    bucket('2020-02', 80, 60, 150, 10, 30),
    bucket('2020-03', 90.456, 70, 95, 20, 10),
  ],
  totals: {
    opening: 0,
    closing: 90.456,
    min: -50,
    max: 150,
    inflow: 330,
    outflow: 240,
    net: 90,
    count: 9,
    daysOverdrawn: 3,
    peakDebt: 50,
  },
  unconvertedCurrencies: [],
};

function seriesById(id: string) {
  const list = balanceChartOption(series).series;
  const found = (Array.isArray(list) ? list : []).find((s) => s.id === id);
  if (found === undefined) throw new Error(`no series ${id}`);
  return found;
}

describe('the balance chart option', () => {
  it('plots the closing balance per bucket and a band from each minimum to its maximum', () => {
    expect(seriesById(seriesIds.closing).data).toEqual([100, 80, 90.456]);
    expect(seriesById(seriesIds.bandBase).data).toEqual([-50, 60, 70]);
    expect(seriesById(seriesIds.band).data).toEqual([170, 90, 25]);
  });

  it('draws inflows above and outflows below the axis', () => {
    expect(seriesById(seriesIds.inflow).data).toEqual([300, 10, 20]);
    expect(seriesById(seriesIds.outflow).data).toEqual([-200, -30, -10]);
  });

  it('marks the zero line only when the balance dips below it', () => {
    expect(seriesById(seriesIds.closing)).toHaveProperty('markLine');
    const positive = balanceChartOption({ ...series, buckets: series.buckets.slice(1) }).series;
    expect(
      (Array.isArray(positive) ? positive : []).find((s) => s.id === seriesIds.closing),
    ).not.toHaveProperty('markLine');
  });

  it('shows a bucket in the tooltip rounded to the cent in the reporting currency', () => {
    const text = bucketTooltip(bucket('2020-03', 90.456, 70, 95, 20, 10), 'USD');
    expect(text).toContain('US$90.46');
    expect(text).toContain('2020-03-01 – 2020-03-28');
  });

  it('renders to SVG with ECharts in Node without a DOM', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(balanceChartOption(series));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('<svg');
    expect(svg).toContain('Closing balance');
  });
});

const countries: CountriesResult = {
  companyId: 7,
  from: '2020-01-01',
  to: '2020-03-28',
  currency: 'EUR',
  countries: [
    { country: 'DE', name: 'Germany', inflow: 300, outflow: 100, count: 4, share: 0.8 },
    { country: 'CH', name: 'Switzerland', inflow: 0, outflow: 100, count: 1, share: 0.2 },
  ],
};

describe('the countries map option', () => {
  it('shades each country by its volume, keyed by ISO alpha-2 code', () => {
    const option = countriesMapOption(countries);
    const map = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(map).toMatchObject({ type: 'map', map: worldMapName, nameProperty: 'iso_a2' });
    expect(map?.data).toEqual([
      { name: 'DE', value: 400 },
      { name: 'CH', value: 100 },
    ]);
    expect(option.visualMap).toMatchObject({ min: 0, max: 400 });
  });

  it('keeps a usable scale when no country has any flow', () => {
    expect(countriesMapOption({ ...countries, countries: [] }).visualMap).toMatchObject({ max: 1 });
  });

  it('names countries in English, with or without transactions', () => {
    expect(countryTooltip('CH', countries.countries[1], 'EUR')).toContain('Switzerland');
    expect(countryTooltip('CH', countries.countries[1], 'EUR')).toContain('20.0%');
    expect(countryTooltip('FR', undefined, 'EUR')).toContain('France');
  });

  it('renders the world map from the bundled GeoJSON with ECharts in Node', () => {
    echarts.registerMap(worldMapName, world as unknown as Parameters<typeof echarts.registerMap>[1]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(countriesMapOption(countries));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg.match(/<path/g)?.length ?? 0).toBeGreaterThan(150);
  });
});

describe('the print look of the same builders', () => {
  it('draws the balance chart without tooltip or zoom, in the print palette and the embedded font', () => {
    const option = balanceChartOption(series, printLook);
    expect(option).not.toHaveProperty('tooltip');
    expect(option).not.toHaveProperty('dataZoom');
    expect(option.textStyle).toMatchObject({ fontFamily: 'DejaVu Sans', color: printPalette.text });
    const closing = (Array.isArray(option.series) ? option.series : []).find(
      (s) => s.id === seriesIds.closing,
    );
    expect(closing?.itemStyle).toEqual({ color: printPalette.accent });
    // The same figures as on screen.
    expect(closing?.data).toEqual(seriesById(seriesIds.closing).data);
    expect(balanceChartOption(series)).toHaveProperty('dataZoom');
  });

  it('draws a map that cannot pan and has no tooltip', () => {
    const option = countriesMapOption(countries, printLook);
    expect(option).not.toHaveProperty('tooltip');
    const map = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(map).toMatchObject({ roam: false, itemStyle: { areaColor: printPalette.land } });
  });

  it('renders to SVG on the server with the report modules only, text as text', () => {
    const svg = balanceChartSvg(series, 660, 360);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Closing balance');
    expect(svg).toContain('2020-02');
    expect(countriesMapSvg(countries, 660, 330).match(/<path/g)?.length ?? 0).toBeGreaterThan(150);
  });
});

describe('the balance chart overlays', () => {
  const forecast = {
    available: true as const,
    companyId: 7,
    at: '2020-04-27',
    currency: 'EUR' as const,
    from: '2020-03-28',
    fromBalance: 90.456,
    balance: 110,
    low80: 95,
    high80: 125,
    low95: 85,
    high95: 135,
    backtestMape: 4,
    backtestDays: 30,
    model: 'test',
    components: { level: 0, trend: 0, weekday: [] },
  };
  const byId = (option: ReturnType<typeof balanceChartOption>, id: string) =>
    (option.series as { id?: string; data?: unknown[] }[]).find((entry) => entry.id === id);

  it('continues the balance from the last bucket to the forecast day, its bands zero wide at the start', () => {
    const option = withOverlays(balanceChartOption(series), series, { forecast });
    const axes = option.xAxis as { data: string[] }[];
    expect(axes.map((axis) => axis.data.at(-1))).toEqual(['2020-04-27 (forecast)', '2020-04-27 (forecast)']);
    expect(byId(option, overlayIds.forecast)?.data).toEqual([null, null, 90.456, 110]);
    expect(byId(option, overlayIds.band95Base)?.data).toEqual([null, null, 90.456, 85]);
    expect(byId(option, overlayIds.band95)?.data).toEqual([null, null, 0, 50]);
    expect(byId(option, overlayIds.band80)?.data).toEqual([null, null, 0, 30]);
  });

  it('leaves the forecast out when the range ends before the day it starts from', () => {
    const option = withOverlays(balanceChartOption(series), series, {
      forecast: { ...forecast, from: '2020-05-01' },
    });
    expect(byId(option, overlayIds.forecast)).toBeUndefined();
  });

  it('aligns the compared period net flow bucket by bucket, and leaves the builder output untouched', () => {
    const base = balanceChartOption(series);
    const earlier = { ...series, buckets: series.buckets.slice(0, 2) };
    const option = withOverlays(base, series, { comparison: { label: 'year before', series: earlier } });
    expect(byId(option, overlayIds.comparison)?.data).toEqual([100, -20, null]);
    expect((base.xAxis as { data: string[] }[])[0]?.data).toHaveLength(3);
  });
});

/**
 * The chart colours. The two screen looks match the app's dark and light themes (styles/theme.css)
 * so charts read as part of the page; the print look is the same chart on white paper, for the PDF
 * report pack.
 */
export interface ChartPalette {
  readonly text: string;
  readonly muted: string;
  readonly line: string;
  readonly grid: string;
  readonly panel: string;
  readonly accent: string;
  readonly band: string;
  /** The band's legend swatch: the band colour a little stronger, so the small key stays visible. */
  readonly bandKey: string;
  readonly inflow: string;
  readonly outflow: string;
  readonly warn: string;
  readonly land: string;
  readonly border: string;
  readonly heat: readonly string[];
}

export const palette: ChartPalette = {
  text: '#e2e8f0',
  muted: '#94a3b8',
  line: '#24324f',
  grid: '#1c2945',
  panel: '#111c33',
  accent: '#38bdf8',
  band: 'rgba(56, 189, 248, 0.16)',
  bandKey: 'rgba(56, 189, 248, 0.4)',
  inflow: '#34d399',
  outflow: '#f87171',
  warn: '#fbbf24',
  land: '#1a2742',
  border: '#2b3a5c',
  heat: ['#1e3a66', '#2563eb', '#38bdf8', '#a5f3fc'],
};

/** The light theme's chart: the theme's text and accent on a white panel. */
export const lightPalette: ChartPalette = {
  text: '#0f172a',
  muted: '#475569',
  line: '#cbd5e1',
  grid: '#e2e8f0',
  panel: '#ffffff',
  accent: '#0369a1',
  band: 'rgba(3, 105, 161, 0.12)',
  bandKey: 'rgba(3, 105, 161, 0.35)',
  inflow: '#059669',
  outflow: '#dc2626',
  warn: '#b45309',
  land: '#e2e8f0',
  border: '#ffffff',
  heat: ['#bae6fd', '#38bdf8', '#0284c7', '#0c4a6e'],
};

export const printPalette: ChartPalette = {
  text: '#1e293b',
  muted: '#475569',
  line: '#94a3b8',
  grid: '#e2e8f0',
  panel: '#ffffff',
  accent: '#0369a1',
  band: 'rgba(3, 105, 161, 0.14)',
  bandKey: 'rgba(3, 105, 161, 0.35)',
  inflow: '#059669',
  outflow: '#dc2626',
  warn: '#d97706',
  land: '#e2e8f0',
  border: '#ffffff',
  heat: ['#bae6fd', '#38bdf8', '#0284c7', '#0c4a6e'],
};

export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/**
 * How a chart is drawn: the screen's interactive chart (tooltips, zoom) or a static print of the
 * same option, whose text uses the font embedded in the PDF.
 */
export interface ChartLook {
  readonly palette: ChartPalette;
  readonly fontFamily: string;
  readonly interactive: boolean;
}

export const screenLook: ChartLook = { palette, fontFamily, interactive: true };
export const lightScreenLook: ChartLook = { palette: lightPalette, fontFamily, interactive: true };
/** The screen look for each of the app's themes. */
export const screenLooks = { dark: screenLook, light: lightScreenLook } as const;
export const printLook: ChartLook = { palette: printPalette, fontFamily: 'DejaVu Sans', interactive: false };

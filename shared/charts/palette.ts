/** The chart colours, matched to the app's dark theme (styles/app.css) so charts read as part of the page. */
export const palette = {
  text: '#e2e8f0',
  muted: '#94a3b8',
  line: '#24324f',
  grid: '#1c2945',
  panel: '#111c33',
  accent: '#38bdf8',
  band: 'rgba(56, 189, 248, 0.16)',
  inflow: '#34d399',
  outflow: '#f87171',
  warn: '#fbbf24',
  land: '#1a2742',
  border: '#2b3a5c',
  heat: ['#1e3a66', '#2563eb', '#38bdf8', '#a5f3fc'],
} as const;

export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

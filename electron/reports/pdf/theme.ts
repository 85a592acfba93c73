/** The report's page and type scale: A4, generous margins, a quiet palette that prints well in grey. */
export const page = {
  size: 'A4',
  width: 595.28,
  height: 841.89,
  margin: { top: 72, bottom: 64, left: 50, right: 50 },
} as const;

export const contentWidth = page.width - page.margin.left - page.margin.right;
/** The lowest y a block may reach before it moves to the next page. */
export const contentBottom = page.height - page.margin.bottom;

export const colors = {
  ink: '#0f172a',
  text: '#1e293b',
  muted: '#64748b',
  rule: '#cbd5e1',
  stripe: '#f1f5f9',
  accent: '#0369a1',
  negative: '#b91c1c',
  positive: '#047857',
  card: '#f8fafc',
} as const;

export const sizes = { title: 26, heading: 14, subheading: 11, body: 9.5, small: 8, cardValue: 15 } as const;

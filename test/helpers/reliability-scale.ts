/**
 * How much of the reliability suite to run: `npm test` runs scale 1 (bounded, for CI); `npm run
 * test:reliability -- --scale N` multiplies the fault seeds and crash points by N.
 */
export function reliabilityScale(): number {
  const text = process.env['CASHFLOW_RELIABILITY_SCALE'] ?? '1';
  const scale = /^\d{1,3}$/.exec(text) === null ? Number.NaN : Number(text);
  if (!(scale >= 1))
    throw new Error(`CASHFLOW_RELIABILITY_SCALE must be a whole number from 1 (got '${text}')`);
  return scale;
}

/**
 * Money in the app: amounts are kept as integer cents in their own currency; conversion into the
 * reporting currency happens at query time and rounding to cents only for display and export.
 */

/** Integer cents of an amount as received. Sub-cent fractions round half away from zero. */
export function toCents(amount: number): number {
  const scaled = amount * 100;
  // Guard against binary representation error (e.g. 1.005 * 100 = 100.49999…).
  const nudged = scaled + Math.sign(scaled) * 1e-7;
  return Math.sign(nudged) * Math.round(Math.abs(nudged));
}

export function centsToAmount(cents: number): number {
  return cents / 100;
}

/**
 * Rounds a converted figure to cents for display, export and comparison: half away from zero, as
 * bankers' statements do. A converted sum lands a few ulps either side of an exact half cent, so
 * a tolerance proportional to the figure's size treats those as the tie they are (amounts carry at
 * most 2 decimals and the rates at most 4, so real fractions never come that close to a half).
 */
export function roundCents(amount: number): number {
  const cents = Math.abs(amount) * 100;
  const tolerance = Math.max(1e-9, cents * 8 * Number.EPSILON);
  const rounded = (Math.sign(amount) * Math.floor(cents + 0.5 + tolerance)) / 100;
  return rounded === 0 ? 0 : rounded;
}

/**
 * The exchange-rate table the simulator serves: the seed's table verbatim (including the non-ISO
 * `SGP` row and the EUR/USD rows that contradict identity), copied from the assignment's fixture
 * `exposer-exchange-rates.json` so the app is tested against exactly those odd values.
 */
import type { SimRate } from './model';

export const seedRates: readonly SimRate[] = [
  { currency: 'EUR', usdRate: 1, eurRate: 0.92 },
  { currency: 'GBP', usdRate: 0.83, eurRate: 1.32 },
  { currency: 'USD', usdRate: 1.1, eurRate: 1 },
  { currency: 'SGP', usdRate: 1.49, eurRate: 0.78 },
  { currency: 'JPY', usdRate: 133.18, eurRate: 0.0082 },
  { currency: 'NOK', usdRate: 9.51, eurRate: 0.12 },
  { currency: 'PLN', usdRate: 4.72, eurRate: 0.23 },
];

/**
 * Figures as the report prints them: amounts with thousands separators and two decimals, the same
 * text `cashflow balance` prints, so a reader can match one against the other; the currency is
 * named once in the column or card title. Rounded to the cent here, for display only.
 */
import { roundCents } from '../../../shared/money';

const amountFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('en-US');

export function amountText(value: number | null): string {
  return value === null ? '–' : amountFormat.format(roundCents(value));
}

export function countText(value: number): string {
  return countFormat.format(value);
}

export function percentText(share: number, decimals = 1): string {
  return `${(share * 100).toFixed(decimals)} %`;
}

export function rateText(value: number | null): string {
  return value === null ? '–' : String(Number(value.toPrecision(8)));
}

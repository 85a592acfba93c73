/** An amount in the reporting currency, rounded to the cent for display only, red when negative. */
import { formatMoney } from '../../../shared/format';

interface MoneyProps {
  readonly amount: number;
  readonly currency: string;
  /** Colour positive amounts green (flows), not just negative ones red (balances). */
  readonly signed?: boolean;
  /** Show a positive amount that is bad news (debt) in red. */
  readonly bad?: boolean;
}

export function Money({ amount, currency, signed = false, bad = false }: MoneyProps) {
  // -0.004 displays as "-€0.00" otherwise; round first so the sign matches what is shown.
  const shown = Math.round(amount * 100) / 100;
  const tone =
    shown < 0 || (bad && shown > 0) ? ' money--negative' : signed && shown > 0 ? ' money--positive' : '';
  return <span className={`money${tone}`}>{formatMoney(shown === 0 ? 0 : shown, currency)}</span>;
}

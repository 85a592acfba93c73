/**
 * An amount in the reporting currency, rounded to the cent for display only, red when negative.
 * FitMoney is for tight places (cards, totals): from ten million up it shows the compact form
 * (€12.35m) and keeps the exact amount in a tooltip and for screen readers.
 */
import { formatMoney } from '../../../shared/format';
import { compactAmount, compactFrom } from '../display/amounts';

interface MoneyProps {
  readonly amount: number;
  readonly currency: string;
  /** Colour positive amounts green (flows), not just negative ones red (balances). */
  readonly signed?: boolean;
  /** Show a positive amount that is bad news (debt) in red. */
  readonly bad?: boolean;
}

function shownAndTone({ amount, signed = false, bad = false }: MoneyProps): [number, string] {
  // -0.004 displays as "-€0.00" otherwise; round first so the sign matches what is shown.
  const shown = Math.round(amount * 100) / 100;
  const tone =
    shown < 0 || (bad && shown > 0) ? ' money--negative' : signed && shown > 0 ? ' money--positive' : '';
  return [shown === 0 ? 0 : shown, tone];
}

export function Money(props: MoneyProps) {
  const [shown, tone] = shownAndTone(props);
  return <span className={`money${tone}`}>{formatMoney(shown, props.currency)}</span>;
}

export function FitMoney(props: MoneyProps) {
  const [shown, tone] = shownAndTone(props);
  const exact = formatMoney(shown, props.currency);
  if (Math.abs(shown) < compactFrom) return <span className={`money${tone}`}>{exact}</span>;
  return (
    <span className={`money money--compact${tone}`} title={exact}>
      <span aria-hidden="true">{compactAmount(shown, props.currency)}</span>
      <span className="visually-hidden">{exact}</span>
    </span>
  );
}

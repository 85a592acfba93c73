/**
 * The figures an analyst reads first: balance, debt (over-committed) and credit (under-committed)
 * at the end of the chosen range (saying which day), the bank's reported balance against the
 * current computed one, interest accrued over the range and the forecast with its bands and
 * back-tested error (or why there is none). Converted values carry their provenance as a tooltip.
 */
import type { ReactNode } from 'react';
import type { CompanyBalance, ForecastResult, InterestResult } from '../../../shared/analytics';
import { formatMoney } from '../../../shared/format';
import { conversionTooltip } from '../../../shared/rate-text';
import { reportedDifferenceNotable } from '../../../shared/reported-balance';
import type { Load } from '../store/load';
import { FitMoney, Money } from './Money';

interface BalanceCardsProps {
  /** At the end of the chosen range. */
  readonly summary: CompanyBalance;
  /** At the last synced day: what the bank's reported balance compares with. */
  readonly current: CompanyBalance;
  readonly interest: Load<InterestResult>;
  readonly forecast: Load<ForecastResult>;
}

function rate(value: number): string {
  return `${(value * 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })} %`;
}

interface CardProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly tone?: 'bad' | 'good';
  readonly wide?: boolean;
}

function Card({ title, children, tone, wide = false }: CardProps) {
  const className = ['card', tone === undefined ? '' : `card--${tone}`, wide ? 'card--wide' : '']
    .filter((c) => c !== '')
    .join(' ');
  return (
    <article className={className} aria-label={title}>
      <h4 className="card__title">{title}</h4>
      {children}
    </article>
  );
}

function Pending<T>({ load }: { readonly load: Load<T> }) {
  return <p className="card__sub">{load.status === 'failed' ? load.error.message : 'Loading…'}</p>;
}

function ReportedCard({ summary }: { readonly summary: CompanyBalance }) {
  if (summary.reportedBalance === null) {
    return (
      <Card title="Reported balance">
        <p className="card__value card__value--muted">—</p>
        <p className="card__sub">This source does not report a balance.</p>
      </Card>
    );
  }
  const difference = summary.reportedDifference;
  const notable = difference !== null && reportedDifferenceNotable(difference, summary.reportedBalance);
  const asOf = summary.reportedAsOf == null ? 'at the last sync' : `at the sync on ${summary.reportedAsOf}`;
  const explanation = `The balance the bank's data exposer reported for this company ${asOf}, in EUR. It is shown for comparison and never added into computed figures; the difference is the computed balance at the end of ${summary.at} minus this figure, flagged only when it exceeds both €100 and 10 % of the reported balance.`;
  return (
    <Card title="Reported balance" {...(notable ? { tone: 'bad' as const } : {})}>
      <p className="card__value" title={explanation}>
        <FitMoney amount={summary.reportedBalance} currency="EUR" />
      </p>
      <p className="card__sub" title={explanation}>
        The bank's figure, {asOf}
        <br />
        {difference === null ? (
          'Reported in EUR: switch to EUR to compare.'
        ) : (
          <>
            Computed − reported:{' '}
            {notable ? (
              <Money amount={difference} currency="EUR" signed />
            ) : (
              <span className="money">{formatMoney(difference, 'EUR')}</span>
            )}
          </>
        )}
      </p>
    </Card>
  );
}

function ForecastCard({ forecast }: { readonly forecast: Load<ForecastResult> }) {
  if (forecast.status !== 'ready') {
    return (
      <Card title="Forecast" wide>
        <Pending load={forecast} />
      </Card>
    );
  }
  const value = forecast.value;
  if (!value.available) {
    return (
      <Card title={`Forecast for ${value.at}`} wide>
        <p className="card__value card__value--muted">Unavailable</p>
        <p className="card__sub">{value.reason}</p>
      </Card>
    );
  }
  const c = value.currency;
  return (
    <Card title={`Forecast for ${value.at}`} wide>
      <p className="card__value">
        <FitMoney amount={value.balance} currency={c} />
      </p>
      <table className="band-table" aria-label="Forecast intervals">
        <tbody>
          <tr>
            <td>80 % interval</td>
            <td>{formatMoney(value.low80, c)}</td>
            <td>to {formatMoney(value.high80, c)}</td>
          </tr>
          <tr>
            <td>95 % interval</td>
            <td>{formatMoney(value.low95, c)}</td>
            <td>to {formatMoney(value.high95, c)}</td>
          </tr>
        </tbody>
      </table>
      <p className="card__sub" title={value.model}>
        Back-test error {value.backtestMape.toFixed(1)} % over the last {value.backtestDays} days of history
      </p>
    </Card>
  );
}

export function BalanceCards({ summary, current, interest, forecast }: BalanceCardsProps) {
  const c = summary.currency;
  const provenance = summary.conversion === undefined ? undefined : conversionTooltip(summary.conversion);
  const day =
    summary.clampedTo == null
      ? `End of ${summary.at}`
      : `End of ${summary.at}, the last synced day (asked for ${summary.clampedTo})`;
  const overdrawn = summary.accounts.filter((account) => account.balance < 0).length;
  return (
    <div className="cards">
      <Card title="Balance" {...(summary.balance < 0 ? { tone: 'bad' as const } : {})}>
        <p className="card__value" title={provenance}>
          <FitMoney amount={summary.balance} currency={c} />
        </p>
        <p className="card__sub">
          {day}
          {summary.unconvertedCurrencies.length > 0 &&
            ` · without ${summary.unconvertedCurrencies.join(', ')} (no rate)`}
        </p>
      </Card>
      <Card title="Debt" {...(summary.debt > 0 ? { tone: 'bad' as const } : {})}>
        <p className="card__value" title={provenance}>
          <FitMoney amount={summary.debt} currency={c} />
        </p>
        <p className="card__sub">
          {day} · over-committed:{' '}
          {overdrawn === 0
            ? 'no account overdrawn'
            : `${overdrawn} of ${summary.accounts.length} accounts overdrawn`}
        </p>
      </Card>
      <Card title="Credit">
        <p className="card__value" title={provenance}>
          <FitMoney amount={summary.credit} currency={c} />
        </p>
        <p className="card__sub">{day} · under-committed: held by the accounts in credit</p>
      </Card>
      <ReportedCard summary={current} />
      <Card title="Accrued interest">
        {interest.status === 'ready' ? (
          <>
            <p className="card__value">
              <FitMoney amount={interest.value.net} currency={c} signed />
            </p>
            <p className="card__sub">
              Earned {formatMoney(interest.value.earned, c)} at {rate(interest.value.creditRate)} · owed{' '}
              {formatMoney(interest.value.owed, c)} at {rate(interest.value.debitRate)}
              <br />
              {interest.value.from} – {interest.value.to}
            </p>
          </>
        ) : (
          <Pending load={interest} />
        )}
      </Card>
      <ForecastCard forecast={forecast} />
    </div>
  );
}

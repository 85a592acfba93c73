/**
 * The figures an analyst reads first: balance, debt (over-committed) and credit (under-committed)
 * at the current day, the reported balance against the computed one, interest accrued over the
 * range and the forecast with its bands and back-tested error (or why there is none).
 */
import type { ReactNode } from 'react';
import type { CompanyBalance, ForecastResult, InterestResult } from '../../../shared/analytics';
import { formatMoney } from '../../../shared/format';
import type { Load } from '../store/load';
import { Money } from './Money';

interface BalanceCardsProps {
  readonly summary: CompanyBalance;
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
  return (
    <Card
      title="Reported balance"
      {...(difference !== null && Math.abs(difference) >= 0.005 ? { tone: 'bad' as const } : {})}
    >
      <p className="card__value">{formatMoney(summary.reportedBalance, 'EUR')}</p>
      <p className="card__sub">
        {difference === null ? (
          'Reported in EUR: switch to EUR to compare.'
        ) : (
          <>
            Computed − reported: <Money amount={difference} currency="EUR" signed />
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
        <Money amount={value.balance} currency={c} />
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

export function BalanceCards({ summary, interest, forecast }: BalanceCardsProps) {
  const c = summary.currency;
  const overdrawn = summary.accounts.filter((account) => account.balance < 0).length;
  return (
    <div className="cards">
      <Card title="Balance" {...(summary.balance < 0 ? { tone: 'bad' as const } : {})}>
        <p className="card__value">
          <Money amount={summary.balance} currency={c} />
        </p>
        <p className="card__sub">
          End of {summary.at}
          {summary.unconvertedCurrencies.length > 0 &&
            ` · without ${summary.unconvertedCurrencies.join(', ')} (no rate)`}
        </p>
      </Card>
      <Card title="Debt" {...(summary.debt > 0 ? { tone: 'bad' as const } : {})}>
        <p className="card__value">{formatMoney(summary.debt, c)}</p>
        <p className="card__sub">
          Over-committed:{' '}
          {overdrawn === 0
            ? 'no account overdrawn'
            : `${overdrawn} of ${summary.accounts.length} accounts overdrawn`}
        </p>
      </Card>
      <Card title="Credit">
        <p className="card__value">{formatMoney(summary.credit, c)}</p>
        <p className="card__sub">Under-committed: held by the accounts in credit</p>
      </Card>
      <ReportedCard summary={summary} />
      <Card title="Accrued interest">
        {interest.status === 'ready' ? (
          <>
            <p className="card__value">
              <Money amount={interest.value.net} currency={c} signed />
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

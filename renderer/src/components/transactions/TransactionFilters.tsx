/** The transactions table's filters: status, direction, counterparty, currency, amount range and text. */
import type { TransactionsQuery } from '../../data/transactions';

const statusChoices: readonly TransactionsQuery['status'][] = ['all', 'valid', 'quarantined'];
const statusNames = { all: 'All', valid: 'Valid', quarantined: 'Quarantined' } as const;
const directionNames = {
  all: 'Any direction',
  in: 'Money in',
  out: 'Money out',
  own: 'Own accounts',
} as const;

interface TransactionFiltersProps {
  readonly query: TransactionsQuery;
  readonly onChange: (change: Partial<TransactionsQuery>) => void;
  readonly reportingCurrency: string;
}

export function TransactionStatus({ query, onChange }: Omit<TransactionFiltersProps, 'reportingCurrency'>) {
  return (
    <div className="segmented" role="group" aria-label="Transaction status">
      {statusChoices.map((choice) => (
        <button
          key={choice}
          type="button"
          aria-pressed={query.status === choice}
          onClick={() => {
            onChange({ status: choice });
          }}
        >
          {statusNames[choice]}
        </button>
      ))}
    </div>
  );
}

export function TransactionFilters({ query, onChange, reportingCurrency }: TransactionFiltersProps) {
  const text = (
    key: 'counterparty' | 'recordCurrency' | 'minAmount' | 'maxAmount' | 'text',
    label: string,
    extra = {},
  ) => (
    <label className="field">
      <span>{label}</span>
      <input
        className="input input--short"
        value={query[key]}
        onChange={(event) => {
          onChange({ [key]: event.target.value });
        }}
        {...extra}
      />
    </label>
  );
  return (
    <div className="txn-filters" role="search" aria-label="Filter transactions">
      <label className="field">
        <span>Direction</span>
        <select
          value={query.direction}
          onChange={(event) => {
            const value = event.target.value;
            if (value === 'all' || value === 'in' || value === 'out' || value === 'own')
              onChange({ direction: value });
          }}
        >
          {(Object.keys(directionNames) as TransactionsQuery['direction'][]).map((value) => (
            <option key={value} value={value}>
              {directionNames[value]}
            </option>
          ))}
        </select>
      </label>
      {text('counterparty', 'Counterparty IBAN', { placeholder: 'GB91 PIEX' })}
      {text('recordCurrency', 'Currency', { placeholder: 'USD', maxLength: 3 })}
      {text('minAmount', `From ${reportingCurrency}`, { inputMode: 'decimal' })}
      {text('maxAmount', `To ${reportingCurrency}`, { inputMode: 'decimal' })}
      {text('text', 'Text', { type: 'search', placeholder: 'id, IBAN or reason' })}
    </div>
  );
}

/**
 * Exchange-rate overrides: a rate the analyst fixes for a currency, replacing the synced one for
 * every date. Only real currencies (ISO 4217) are accepted, and the rate may be typed with a
 * decimal comma, like the interest fields.
 */
import { useState } from 'react';
import { reportingCurrencies, type ReportingCurrency } from '../../../shared/domain';
import { isIsoCurrency } from '../../../shared/rules/currency';
import type { Settings } from '../../../shared/settings';
import type { SettingsSaver } from '../data/settings';
import { Panel } from './Panel';
import { parseRate } from '../display/amounts';

interface RateOverridesProps {
  readonly settings: Settings;
  readonly saver: SettingsSaver;
}

export function RateOverrides({ settings, saver: { save } }: RateOverridesProps) {
  const [currency, setCurrencyCode] = useState('');
  const [reporting, setReporting] = useState<ReportingCurrency>('EUR');
  const [rate, setRate] = useState('');
  const rateValue = parseRate(rate);
  const knownCurrency = isIsoCurrency(currency);
  const valid = knownCurrency && rateValue !== null;
  const problem =
    currency.length === 3 && !knownCurrency
      ? `${currency} is not a currency (ISO 4217).`
      : rate.trim() !== '' && rateValue === null
        ? 'The rate is a positive number, like 1.17 or 1,17.'
        : null;
  return (
    <Panel title="Exchange-rate overrides">
      <p className="note">
        An override replaces the synced rate for every date and every figure, immediately.
      </p>
      <table className="grid-table grid-table--dense" aria-label="Rate overrides">
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Into</th>
            <th scope="col" className="num">
              Rate
            </th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {settings.rateOverrides.map((override) => (
            <tr key={`${override.currency}-${override.reporting}`}>
              <td className="mono">{override.currency}</td>
              <td>{override.reporting}</td>
              <td className="num">{override.rate}</td>
              <td className="num">
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void save({
                      rateOverrides: [
                        { currency: override.currency, reporting: override.reporting, rate: null },
                      ],
                    })
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <input
                className="input input--short"
                aria-label="Override currency"
                aria-invalid={currency.length === 3 && !knownCurrency}
                placeholder="GBP"
                maxLength={3}
                value={currency}
                onChange={(event) => {
                  setCurrencyCode(event.target.value.toUpperCase());
                }}
              />
            </td>
            <td>
              <select
                className="input input--short"
                aria-label="Override into"
                value={reporting}
                onChange={(event) => {
                  setReporting(event.target.value === 'USD' ? 'USD' : 'EUR');
                }}
              >
                {reportingCurrencies.map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            </td>
            <td className="num">
              <input
                className="input input--short"
                aria-label="Override rate"
                aria-invalid={rate.trim() !== '' && rateValue === null}
                inputMode="decimal"
                placeholder="1.17"
                value={rate}
                onChange={(event) => {
                  setRate(event.target.value);
                }}
              />
            </td>
            <td className="num">
              <button
                type="button"
                className="button"
                disabled={!valid}
                onClick={() => {
                  if (rateValue === null) return;
                  void save({ rateOverrides: [{ currency, reporting, rate: rateValue }] }).then((saved) => {
                    if (saved) {
                      setCurrencyCode('');
                      setRate('');
                    }
                  });
                }}
              >
                Add override
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      {problem !== null && (
        <p className="note note--error" role="alert">
          {problem}
        </p>
      )}
    </Panel>
  );
}

/**
 * Settings of how rates are read and which records count (docs/domain.md "Money and currency",
 * "Duplicates"): each rate column's convention (inferred, or fixed by the analyst), the snapshot
 * policy, and whether possible duplicates are left out. Each choice saves at once.
 */
import type { ConventionSetting, RatePolicy } from '../../../shared/rates';
import type { Settings } from '../../../shared/settings';
import type { SettingsSaver } from '../data/settings';
import { Panel } from './Panel';

const conventionNames: Record<ConventionSetting, string> = {
  auto: 'Infer from the table',
  multiply: 'Per unit (multiply)',
  divide: 'Units per target (divide)',
};

function conventionOf(value: string): ConventionSetting {
  return value === 'multiply' || value === 'divide' ? value : 'auto';
}

interface RateReadingSettingsProps {
  readonly settings: Settings;
  readonly saver: SettingsSaver;
}

export function RateReadingSettings({ settings, saver: { save } }: RateReadingSettingsProps) {
  const column = (key: 'eurRateConvention' | 'usdRateConvention', label: string) => (
    <label className="field">
      <span>{label}</span>
      <select
        aria-label={label}
        value={settings[key]}
        onChange={(event) => void save({ [key]: conventionOf(event.target.value) })}
      >
        {(['auto', 'multiply', 'divide'] as const).map((value) => (
          <option key={value} value={value}>
            {conventionNames[value]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Panel title="Reading the rate table">
      <p className="note">
        A column is either per unit (1 JPY = 0.0082 EUR: multiply) or units per target currency (133.18 JPY =
        1 USD: divide). Inferred, each column takes the reading under which the rows' implied EUR↔USD rates
        agree best; the reading in use is stated next to every figure.
      </p>
      <div className="settings-form">
        {column('eurRateConvention', 'eur_rate column')}
        {column('usdRateConvention', 'usd_rate column')}
        <label className="field">
          <span>Rates over time</span>
          <select
            aria-label="Rates over time"
            value={settings.ratePolicy}
            onChange={(event) => {
              const policy: RatePolicy = event.target.value === 'per-date' ? 'per-date' : 'current';
              void save({ ratePolicy: policy });
            }}
          >
            <option value="current">Current rates for every date</option>
            <option value="per-date">Rates in force on each transaction's day</option>
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={settings.excludeDuplicates}
            onChange={(event) => void save({ excludeDuplicates: event.target.checked })}
          />
          Leave out possible duplicates (records identical apart from their id)
        </label>
      </div>
    </Panel>
  );
}

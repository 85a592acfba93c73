/**
 * Settings that change figures: default reporting currency, interest rates, strict IBAN
 * validation and exchange-rate overrides. Saved together; the stored settings come back and show.
 */
import { useState } from 'react';
import { reportingCurrencies } from '../../../shared/domain';
import { formatCount } from '../../../shared/format';
import type { Settings } from '../../../shared/settings';
import { LoadNote, Panel } from '../components/Panel';
import { DisplaySettings } from '../components/DisplaySettings';
import { PageHeading } from '../components/PageHeading';
import { RateOverrides } from '../components/RateOverrides';
import { RateReadingSettings } from '../components/RateReadingSettings';
import { SourcesPanel } from '../components/SourcesPanel';
import { StrictIbanToggle } from '../components/StrictIbanToggle';
import { useFilterStore } from '../store/filter-store';
import { loadOf } from '../data/hooks';
import { useSaveSettings, useSettings, type SettingsSaver } from '../data/settings';

/** Rates are fractions in the contract and percentages on screen. */
function toPercent(rate: number): string {
  return String(Math.round(rate * 1e6) / 1e4);
}

function parsePercent(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
}

interface SettingsPanelProps {
  readonly settings: Settings;
  /** One saver for the view: its outcome outlives the form, which remounts with the stored values. */
  readonly saver: SettingsSaver;
}

function GeneralSettings({ settings, saver: { save, saving } }: SettingsPanelProps) {
  const setCurrency = useFilterStore((state) => state.setCurrency);
  const [reporting, setReporting] = useState(settings.reportingCurrency);
  const [debit, setDebit] = useState(toPercent(settings.debitRate));
  const [credit, setCredit] = useState(toPercent(settings.creditRate));
  const [strict, setStrict] = useState(settings.strictIban);
  const debitRate = parsePercent(debit);
  const creditRate = parsePercent(credit);
  const valid = debitRate !== null && creditRate !== null;
  return (
    <Panel title="Figures">
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (debitRate === null || creditRate === null) return;
          void save({ reportingCurrency: reporting, debitRate, creditRate, strictIban: strict }).then(
            (saved) => {
              if (saved) setCurrency(reporting);
            },
          );
        }}
      >
        <label className="field">
          <span>Default reporting currency</span>
          <select
            value={reporting}
            onChange={(event) => {
              setReporting(event.target.value === 'USD' ? 'USD' : 'EUR');
            }}
          >
            {reportingCurrencies.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Debit interest, % a year</span>
          <input
            className="input input--short"
            inputMode="decimal"
            value={debit}
            aria-invalid={debitRate === null}
            onChange={(event) => {
              setDebit(event.target.value);
            }}
          />
        </label>
        <label className="field">
          <span>Credit interest, % a year</span>
          <input
            className="input input--short"
            inputMode="decimal"
            value={credit}
            aria-invalid={creditRate === null}
            onChange={(event) => {
              setCredit(event.target.value);
            }}
          />
        </label>
        <StrictIbanToggle checked={strict} currency={reporting} onChange={setStrict} />
        <div className="settings-form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!valid || saving.status === 'loading'}
          >
            Save
          </button>
          {!valid && <span className="note note--error">Rates are percentages between 0 and 100.</span>}
          {saving.status === 'failed' && (
            <span className="note note--error" role="alert">
              {saving.error.message}
            </span>
          )}
          {saving.status === 'ready' && (
            <span className="note" aria-live="polite">
              Saved
              {saving.value.reclassified > 0
                ? `; ${formatCount(saving.value.reclassified)} records reclassified`
                : ''}
              .
            </span>
          )}
        </div>
      </form>
    </Panel>
  );
}

export function SettingsView() {
  const settings = loadOf(useSettings());
  const saver = useSaveSettings();
  return (
    <div className="settings-view">
      <PageHeading className="view-title">Settings</PageHeading>
      <SourcesPanel />
      {settings.status === 'ready' ? (
        <>
          <GeneralSettings key={JSON.stringify(settings.value)} settings={settings.value} saver={saver} />
          <RateReadingSettings settings={settings.value} saver={saver} />
          <RateOverrides settings={settings.value} saver={saver} />
          <DisplaySettings />
        </>
      ) : (
        <LoadNote load={settings} />
      )}
    </div>
  );
}
